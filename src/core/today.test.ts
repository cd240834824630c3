import { expect } from '@open-wc/testing';
import { todayIn } from './today.js';

describe('todayIn: the date on the practice\'s calendar', () => {
  it('reads today on the practice\'s calendar, not the visitor\'s', () => {
    const instant = new Date('2027-03-02T05:00:00Z');
    expect(todayIn('America/Los_Angeles', instant)).to.equal('2027-03-01');
    expect(todayIn('Asia/Tokyo', instant)).to.equal('2027-03-02');
  });

  it('turns the date at the zone\'s own midnight, zero-padded', () => {
    const now = new Date('2026-12-02T02:00:00Z');
    expect(todayIn('America/Los_Angeles', now)).to.equal('2026-12-01');
    expect(todayIn('America/New_York', now)).to.equal('2026-12-01');
    expect(todayIn('UTC', now)).to.equal('2026-12-02');
    expect(todayIn('Pacific/Kiritimati', new Date('2027-01-08T09:59:00Z'))).to.equal('2027-01-08');
    expect(todayIn('Pacific/Kiritimati', new Date('2027-01-08T10:00:00Z'))).to.equal('2027-01-09');
  });
});
