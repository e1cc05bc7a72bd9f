import { localDate } from './calendar';

describe('localDate', () => {
  it('gives the city its own date late in the evening, when UTC is already tomorrow', () => {
    const instant = new Date('2026-07-01T02:30:00Z');
    expect(localDate(instant, 'America/New_York')).toBe('2026-06-30');
    expect(localDate(instant, 'UTC')).toBe('2026-07-01');
  });
});
