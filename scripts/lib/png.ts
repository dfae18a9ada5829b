import { deflateSync, inflateSync } from 'node:zlib';

/** An image as 8-bit RGBA, row after row, no padding. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width * height * 4 bytes: r, g, b, a. */
  readonly rgba: Uint8Array;
}

export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngError';
  }
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes an RGBA image as a non-interlaced 8-bit RGBA PNG; identical input gives identical bytes. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new PngError(`Image size must be positive whole numbers (got ${width}x${height}).`);
  }
  if (rgba.length !== width * height * 4) {
    throw new PngError(`Expected ${width * height * 4} RGBA bytes for ${width}x${height}, got ${rgba.length}.`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter "Sub" per row: small icons with flat areas compress noticeably better than with no filter.
    const out = y * (stride + 1);
    raw[out] = 1;
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? rgba[y * stride + i - 4] : 0;
      raw[out + 1 + i] = (rgba[y * stride + i] - left) & 0xff;
    }
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ALLOWED_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function unfilter(data: Buffer, header: Header): Uint8Array {
  const channels = CHANNELS[header.colorType];
  const bitsPerPixel = channels * header.bitDepth;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const stride = Math.ceil((header.width * bitsPerPixel) / 8);
  if (data.length < (stride + 1) * header.height) {
    throw new PngError('Image data is shorter than its declared size.');
  }
  const out = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let i = 0; i < stride; i++) {
      const x = data[src + i];
      const a = i >= bpp ? out[row + i - bpp] : 0;
      const b = y > 0 ? out[prev + i] : 0;
      const c = i >= bpp && y > 0 ? out[prev + i - bpp] : 0;
      switch (filter) {
        case 0:
          out[row + i] = x;
          break;
        case 1:
          out[row + i] = (x + a) & 0xff;
          break;
        case 2:
          out[row + i] = (x + b) & 0xff;
          break;
        case 3:
          out[row + i] = (x + ((a + b) >> 1)) & 0xff;
          break;
        case 4:
          out[row + i] = (x + paeth(a, b, c)) & 0xff;
          break;
        default:
          throw new PngError(`Row ${y} uses unknown filter type ${filter}.`);
      }
    }
  }
  return out;
}

/** Reads the raw value of sample `index` in a row: packed bits below 8, one byte at 8, two bytes at 16. */
function rawSample(row: Uint8Array, offset: number, index: number, bitDepth: number): number {
  if (bitDepth === 8) return row[offset + index];
  if (bitDepth === 16) return (row[offset + index * 2] << 8) | row[offset + index * 2 + 1];
  const bitPos = index * bitDepth;
  const byte = row[offset + (bitPos >> 3)];
  return (byte >> (8 - bitDepth - (bitPos & 7))) & ((1 << bitDepth) - 1);
}

/** Scales a raw sample to 0..255. */
function to8(raw: number, bitDepth: number): number {
  if (bitDepth === 8) return raw;
  if (bitDepth === 16) return raw >> 8;
  return Math.round((raw * 255) / ((1 << bitDepth) - 1));
}

/**
 * Decodes a non-interlaced PNG of any standard colour type and bit depth into 8-bit RGBA; throws PngError with a
 * readable reason for anything else (bad signature, CRC mismatch, interlacing, truncated data).
 */
export function decodePng(bytes: Uint8Array): RgbaImage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new PngError('Not a PNG file (bad signature).');
  let pos = 8;
  let header: Header | undefined;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (pos + 12 <= buf.length && !ended) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    if (pos + 12 + length > buf.length) throw new PngError(`Chunk ${type} is truncated.`);
    const data = buf.subarray(pos + 8, pos + 8 + length);
    if (crc32(buf.subarray(pos + 4, pos + 8 + length)) !== buf.readUInt32BE(pos + 8 + length)) {
      throw new PngError(`Chunk ${type} has a bad CRC.`);
    }
    switch (type) {
      case 'IHDR':
        header = {
          width: data.readUInt32BE(0),
          height: data.readUInt32BE(4),
          bitDepth: data[8],
          colorType: data[9],
          interlace: data[12],
        };
        break;
      case 'PLTE':
        palette = data;
        break;
      case 'tRNS':
        transparency = data;
        break;
      case 'IDAT':
        idat.push(data);
        break;
      case 'IEND':
        ended = true;
        break;
      default:
        break;
    }
    pos += 12 + length;
  }
  if (header === undefined) throw new PngError('PNG has no IHDR chunk.');
  if (!ended) throw new PngError('PNG is truncated: it ends before its IEND chunk.');
  const h = header;
  if (!(h.colorType in CHANNELS) || !ALLOWED_DEPTHS[h.colorType].includes(h.bitDepth)) {
    throw new PngError(`Unsupported colour type ${h.colorType} with bit depth ${h.bitDepth}.`);
  }
  if (h.interlace !== 0) throw new PngError('Interlaced PNGs are not supported; save the icon without interlacing.');
  if (h.width < 1 || h.height < 1) throw new PngError('PNG has an empty size.');
  if (idat.length === 0) throw new PngError('PNG has no image data.');
  if (h.colorType === 3 && palette === undefined) throw new PngError('Palette image without a PLTE chunk.');

  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.concat(idat));
  } catch {
    throw new PngError('Image data could not be decompressed.');
  }
  const pixels = unfilter(inflated, h);
  const channels = CHANNELS[h.colorType];
  const stride = Math.ceil((h.width * channels * h.bitDepth) / 8);
  const rgba = new Uint8Array(h.width * h.height * 4);
  // tRNS for grey/RGB images names one fully transparent colour, in the image's own bit depth.
  const keyGrey = transparency !== undefined && h.colorType === 0 ? readKey(transparency, 0) : undefined;
  const keyRgb =
    transparency !== undefined && h.colorType === 2
      ? [readKey(transparency, 0), readKey(transparency, 1), readKey(transparency, 2)]
      : undefined;
  const d = h.bitDepth;
  for (let y = 0; y < h.height; y++) {
    const offset = y * stride;
    for (let x = 0; x < h.width; x++) {
      const o = (y * h.width + x) * 4;
      let r: number;
      let g: number;
      let b: number;
      let a = 255;
      if (h.colorType === 0) {
        const v = rawSample(pixels, offset, x, d);
        r = g = b = to8(v, d);
        if (v === keyGrey) a = 0;
      } else if (h.colorType === 2) {
        const vr = rawSample(pixels, offset, x * 3, d);
        const vg = rawSample(pixels, offset, x * 3 + 1, d);
        const vb = rawSample(pixels, offset, x * 3 + 2, d);
        [r, g, b] = [to8(vr, d), to8(vg, d), to8(vb, d)];
        if (keyRgb !== undefined && vr === keyRgb[0] && vg === keyRgb[1] && vb === keyRgb[2]) a = 0;
      } else if (h.colorType === 3) {
        const index = rawSample(pixels, offset, x, d);
        const p = palette as Uint8Array;
        if (index * 3 + 2 >= p.length) throw new PngError(`Pixel ${x},${y} refers to a missing palette entry.`);
        [r, g, b] = [p[index * 3], p[index * 3 + 1], p[index * 3 + 2]];
        if (transparency !== undefined && index < transparency.length) a = transparency[index];
      } else if (h.colorType === 4) {
        r = g = b = to8(rawSample(pixels, offset, x * 2, d), d);
        a = to8(rawSample(pixels, offset, x * 2 + 1, d), d);
      } else {
        r = to8(rawSample(pixels, offset, x * 4, d), d);
        g = to8(rawSample(pixels, offset, x * 4 + 1, d), d);
        b = to8(rawSample(pixels, offset, x * 4 + 2, d), d);
        a = to8(rawSample(pixels, offset, x * 4 + 3, d), d);
      }
      rgba[o] = r;
      rgba[o + 1] = g;
      rgba[o + 2] = b;
      rgba[o + 3] = a;
    }
  }
  return { width: h.width, height: h.height, rgba };
}

function readKey(trns: Uint8Array, i: number): number {
  if (trns.length < i * 2 + 2) throw new PngError('The tRNS chunk is too short for this colour type.');
  return (trns[i * 2] << 8) | trns[i * 2 + 1];
}
