import { expect } from '@open-wc/testing';
import { CRISIS_RESOURCES } from './crisis.js';

const links = CRISIS_RESOURCES.flatMap((resource) =>
  resource.contacts.map((contact) => ({ resource: resource.id, label: contact.label.en, href: contact.href })),
);

describe('crisis resources (DOMAIN.md section 3)', () => {
  it('offers call and text for 988, the Crisis Text Line, 911 and the Washington lines', () => {
    expect(links).to.deep.include({ resource: '988-lifeline', label: 'Call 988', href: 'tel:988' });
    expect(links).to.deep.include({ resource: '988-lifeline', label: 'Text 988', href: 'sms:988' });
    expect(links).to.deep.include({ resource: 'crisis-text-line', label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' });
    expect(links).to.deep.include({ resource: 'emergency', label: 'Call 911', href: 'tel:911' });
    expect(links).to.deep.include({ resource: 'native-and-strong', label: 'Call 988, then press 4', href: 'tel:988' });
    expect(links).to.deep.include({ resource: 'wa-recovery-help-line', label: 'Call 1-866-789-1511', href: 'tel:+18667891511' });
  });

  it('says what 988 offers by menu, and who the Native & Strong Lifeline is for', () => {
    const byId = Object.fromEntries(CRISIS_RESOURCES.map((r) => [r.id, r]));
    expect(byId['988-lifeline']!.note!.en).to.contain('1 for veterans, 2 for Spanish');
    expect(byId['native-and-strong']!.note!.en).to.contain('American Indian and Alaska Native');
    expect(byId['wa-recovery-help-line']!.note!.en).to.contain('24/7');
  });

  it('uses only links a phone opens directly, or the 988 chat page over https', () => {
    for (const { href } of links) expect(href).to.match(/^(tel:\+?\d+|sms:\d+(\?&body=[A-Z]+)?|https:\/\/988lifeline\.org\/chat\/)$/);
  });
});
