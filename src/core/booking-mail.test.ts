import { expect } from '@open-wc/testing';
import { bookingMailBody, slotList, type BookingMailWords } from './booking-mail.js';
import type { BookingRequest } from './booking.js';
import { bookingMessages } from '../components/booking-request/messages.js';

// The booking request's own English words: the catalogue is what the widget passes.
const words: BookingMailWords = bookingMessages.en;

const request: BookingRequest = {
  requestType: 'consultation',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '',
  preferredContact: 'email',
  state: 'WA',
  clientStatus: 'new',
  preferredTimes: ['wed-evening', 'mon-afternoon', 'mon-morning'],
  message: 'Two lines\nof text & more',
  consent: true,
  _gotcha: '',
};

const facts = { reference: 'KAP-7F3K-9Q2M', practiceName: 'Cedar Practice', consentedWhen: '1 Mar 2027, 10:30' };

describe('the mailto: body of a booking request', () => {
  it('writes every answer on its own line, the reference, the message and the consent', () => {
    expect(bookingMailBody(request, facts, words).split('\n')).to.deep.equal([
      'Request: Book a free consultation call',
      'Name: Ada Lovelace',
      'Email: ada@example.com',
      'Phone: (none)',
      'Best way to reach me: Email',
      'State I live in: Washington',
      'Worked with the practice before: No, I’m new',
      'Times that suit me: Monday morning, Monday afternoon, Wednesday evening',
      'Reference: KAP-7F3K-9Q2M',
      '',
      'Message:',
      'Two lines',
      'of text & more',
      '',
      bookingMessages.en.mailConsent('Cedar Practice', '1 Mar 2027, 10:30'),
    ]);
  });

  it('says "(none)" for what was left empty, and names a residence outside the US in words', () => {
    const body = bookingMailBody({ ...request, state: 'outside-us', preferredTimes: [], message: '', phone: '+1 206 555 0100' }, facts, words);
    expect(body).to.contain('State I live in: I live outside the US');
    expect(body).to.contain('Times that suit me: (none)');
    expect(body).to.contain('Phone: +1 206 555 0100');
    expect(body).to.contain('Message:\n(none)\n');
  });

  it('lists the times in week order, whatever order they were ticked in', () => {
    expect(slotList(['fri-evening', 'mon-evening', 'mon-morning'], words)).to.equal('Monday morning, Monday evening, Friday evening');
    expect(slotList([], words)).to.equal('');
  });
});
