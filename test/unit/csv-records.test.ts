// The one CSV reader (csv-parse underneath): fields, quotes, line numbers, and text that arrives in parts.
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, detectSeparator, readCsv } from '../../main/core/imports/csv-records';

const TEXT = '\uFEFFa;b\r\n1;"x\r\ny"\r\n\r\n2;"q""z"\r\n3;4';
const EXPECTED = [
  { line: 1, fields: ['a', 'b'] },
  { line: 2, fields: ['1', 'x\r\ny'] },
  { line: 4, fields: [''] },
  { line: 5, fields: ['2', 'q"z'] },
  { line: 6, fields: ['3', '4'] },
];

describe('CSV records', () => {
  it('reads quoted line ends and doubled quotes, and numbers each record by the line it starts on', () => {
    expect(readCsv(TEXT)).toEqual(EXPECTED);
    expect(readCsv('a,b\n"1,5",2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1,5', '2'] },
    ]);
  });

  it('gives the same records wherever the text is cut into parts', () => {
    for (let cut = 1; cut < TEXT.length; cut++) {
      const reader = new CsvRecordReader();
      const got = [...reader.push(TEXT.slice(0, cut)), ...reader.push(TEXT.slice(cut)), ...reader.end()];
      expect(got, `cut after ${cut} characters`).toEqual(EXPECTED);
    }
  });

  it('refuses text that ends inside quotes, naming the line, in Dutch', () => {
    expect(() => readCsv('a,b\n1,"open')).toThrow(/Regel 2: een aanhalingsteken \("\) wordt niet gesloten/);
  });

  it('takes the separator from the header: semicolon, tab, else comma', () => {
    expect(detectSeparator('a;b,c')).toBe(';');
    expect(detectSeparator('a\tb')).toBe('\t');
    expect(detectSeparator('"a;x",b')).toBe(',');
  });
});

describe('CSV records, a stray quote in the middle of a file', () => {
  it('keeps a quote inside an unquoted field as text and reads on, rather than stopping halfway', () => {
    expect(readCsv('a;b\n1;2\n"x"y;3\n4;5\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['"x"y', '3'],
      ['4', '5'],
    ]);
  });
});
