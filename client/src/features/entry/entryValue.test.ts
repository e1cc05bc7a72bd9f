import fc from 'fast-check';
import { parseEntry, pastedColumn, toInputText } from './entryValue';

describe('parseEntry', () => {
  test.each([
    ['85', 'percent', 0.85],
    ['85%', 'percent', 0.85],
    [' 85.5 % ', 'percent', 0.855],
    ['1,234.5', 'count', 1234.5],
    ['$1,250,000', 'currency', 1250000],
    ['-3', 'count', -3],
    ['.5', 'days', 0.5],
  ] as const)('"%s" as %s is %p', (text, format, value) => {
    expect(parseEntry(text, format)).toEqual({ kind: 'number', value });
  });

  test('empty and non-numbers are told apart', () => {
    expect(parseEntry('  ', 'count')).toEqual({ kind: 'empty' });
    expect(parseEntry('twelve', 'count')).toEqual({ kind: 'invalid' });
    expect(parseEntry('1.2.3', 'count')).toEqual({ kind: 'invalid' });
    expect(parseEntry('12abc', 'percent')).toEqual({ kind: 'invalid' });
  });

  test('what the input shows for a stored value reads back as that value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((v) => Number(v.toFixed(4))),
        fc.constantFrom('percent', 'count', 'currency', 'days'),
        (value, format) => {
          const parsed = parseEntry(toInputText(value, format), format);
          return (
            parsed.kind === 'number' &&
            Math.abs(parsed.value - value) <= 1e-9 * Math.max(1, Math.abs(value))
          );
        },
      ),
    );
  });
});

describe('pastedColumn', () => {
  test('takes the first cell of each line, whatever the line endings', () => {
    expect(pastedColumn('12\r\n13.5\r\n\r\n14\r\n')).toEqual(['12', '13.5', '', '14']);
    expect(pastedColumn('85%\tnote\n90%\tother')).toEqual(['85%', '90%']);
  });
});
