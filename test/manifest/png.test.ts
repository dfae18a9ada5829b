import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/lib/icons';
import { PngError, decodePng, encodePng } from '../../scripts/lib/png';
import { REPO_ROOT } from './helpers';

/** Standard CRC-32 (ISO-HDLC), written out here so the fixtures do not lean on the code under test. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

interface Fixture {
  readonly colorType: number;
  readonly bitDepth: number;
  /** Raw, unfiltered scanlines (without the filter byte). */
  readonly rows: readonly number[][];
  readonly width: number;
  readonly plte?: number[];
  readonly trns?: number[];
  readonly interlace?: number;
}

/** Builds a PNG with a different filter type on every row (0..4), so the decoder's unfiltering is exercised. */
function fixturePng(f: Fixture): Buffer {
  const bpp = Math.max(1, ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[f.colorType] * f.bitDepth / 8);
  const filtered: number[] = [];
  f.rows.forEach((row, y) => {
    const type = y % 5;
    const prev = y > 0 ? f.rows[y - 1] : row.map(() => 0);
    filtered.push(type);
    row.forEach((x, i) => {
      const a = i >= bpp ? row[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][type];
      filtered.push((x - predictor) & 0xff);
    });
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(f.width, 0);
  ihdr.writeUInt32BE(f.rows.length, 4);
  ihdr[8] = f.bitDepth;
  ihdr[9] = f.colorType;
  ihdr[12] = f.interlace ?? 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(f.plte ? [chunk('PLTE', Buffer.from(f.plte))] : []),
    ...(f.trns ? [chunk('tRNS', Buffer.from(f.trns))] : []),
    chunk('IDAT', deflateSync(Buffer.from(filtered))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface DecodeCase {
  readonly name: string;
  readonly png: Buffer;
  /** Expected RGBA of each pixel, row after row. */
  readonly pixels: readonly (readonly [number, number, number, number])[];
}

const DECODE_CASES: readonly DecodeCase[] = [
  {
    name: '8-bit RGBA over five rows with all five filters',
    png: fixturePng({
      colorType: 6,
      bitDepth: 8,
      width: 2,
      rows: [
        [255, 0, 0, 255, 0, 255, 0, 128],
        [0, 0, 255, 0, 10, 20, 30, 40],
        [200, 100, 50, 255, 1, 2, 3, 4],
        [9, 8, 7, 6, 250, 251, 252, 253],
        [100, 150, 200, 250, 0, 0, 0, 0],
      ],
    }),
    pixels: [
      [255, 0, 0, 255], [0, 255, 0, 128],
      [0, 0, 255, 0], [10, 20, 30, 40],
      [200, 100, 50, 255], [1, 2, 3, 4],
      [9, 8, 7, 6], [250, 251, 252, 253],
      [100, 150, 200, 250], [0, 0, 0, 0],
    ],
  },
  {
    name: '8-bit RGB with a transparent colour key',
    png: fixturePng({ colorType: 2, bitDepth: 8, width: 2, rows: [[1, 2, 3, 9, 9, 9]], trns: [0, 9, 0, 9, 0, 9] }),
    pixels: [[1, 2, 3, 255], [9, 9, 9, 0]],
  },
  {
    name: '16-bit RGBA, keeping the high byte',
    png: fixturePng({ colorType: 6, bitDepth: 16, width: 1, rows: [[0xff, 0x01, 0x80, 0xff, 0x00, 0x10, 0x7f, 0x00]] }),
    pixels: [[255, 128, 0, 127]],
  },
  {
    name: '8-bit grey with alpha',
    png: fixturePng({ colorType: 4, bitDepth: 8, width: 2, rows: [[255, 0, 17, 200]] }),
    pixels: [[255, 255, 255, 0], [17, 17, 17, 200]],
  },
  {
    name: '1-bit grey, scaled to black and white',
    png: fixturePng({ colorType: 0, bitDepth: 1, width: 3, rows: [[0b10100000]] }),
    pixels: [[255, 255, 255, 255], [0, 0, 0, 255], [255, 255, 255, 255]],
  },
  {
    name: '2-bit palette with per-entry transparency',
    png: fixturePng({
      colorType: 3,
      bitDepth: 2,
      width: 3,
      rows: [[0b00011000]],
      plte: [255, 255, 255, 0, 0, 0, 0, 120, 212],
      trns: [0, 255],
    }),
    pixels: [[255, 255, 255, 0], [0, 0, 0, 255], [0, 120, 212, 255]],
  },
];

describe('decodePng', () => {
  test.each(DECODE_CASES)('reads $name', ({ png, pixels }) => {
    const image = decodePng(png);
    expect(image.width * image.height).toBe(pixels.length);
    const got = [];
    for (let p = 0; p < pixels.length; p++) got.push([...image.rgba.subarray(p * 4, p * 4 + 4)]);
    expect(got).toEqual(pixels);
  });

  const valid = fixturePng({ colorType: 6, bitDepth: 8, width: 1, rows: [[1, 2, 3, 4]] });
  const corrupt = Buffer.from(valid);
  corrupt[corrupt.length - 20] ^= 0xff;
  test.each([
    { name: 'a file that is not a PNG', bytes: Buffer.from('GIF89a-not-a-png'), message: 'Not a PNG file' },
    { name: 'a damaged chunk', bytes: corrupt, message: 'bad CRC' },
    { name: 'a truncated file', bytes: valid.subarray(0, 40), message: 'truncated' },
    {
      name: 'an interlaced image',
      bytes: fixturePng({ colorType: 6, bitDepth: 8, width: 1, rows: [[1, 2, 3, 4]], interlace: 1 }),
      message: 'Interlaced',
    },
    {
      name: 'an impossible colour type and depth',
      bytes: fixturePng({ colorType: 2, bitDepth: 4, width: 1, rows: [[0, 0]] }),
      message: 'Unsupported colour type 2 with bit depth 4',
    },
  ])('refuses $name with a reason', ({ bytes, message }) => {
    expect(() => decodePng(bytes)).toThrow(PngError);
    expect(() => decodePng(bytes)).toThrow(message);
  });
});

describe('encodePng', () => {
  it('round-trips every pixel through decodePng', () => {
    const rgba = new Uint8Array(7 * 5 * 4).map((_, i) => (i * 37 + (i >> 2) * 11) & 0xff);
    const image = decodePng(encodePng({ width: 7, height: 5, rgba }));
    expect([image.width, image.height]).toEqual([7, 5]);
    expect(Buffer.from(image.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('refuses pixel data that does not match the size', () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(3) })).toThrow('Expected 16 RGBA bytes');
  });
});

describe('the committed icons', () => {
  it.each([
    ['color.png', drawColorIcon],
    ['outline.png', drawOutlineIcon],
  ])('manifest/%s is exactly what `npm run icons` draws', (file, draw) => {
    const committed = readFileSync(join(REPO_ROOT, 'manifest', file));
    expect(encodePng(draw()).equals(committed)).toBe(true);
  });
});
