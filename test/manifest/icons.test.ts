import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ICONS, renderIcon, type IconKind } from '../../scripts/lib/icons';
import { REPO_ROOT } from './helpers';

const MANIFEST_DIR = join(REPO_ROOT, 'manifest');

function committed(kind: IconKind): PNG {
  return PNG.sync.read(readFileSync(join(MANIFEST_DIR, ICONS[kind].png)));
}

function pixel(image: PNG, x: number, y: number): [number, number, number, number] {
  const o = (y * image.width + x) * 4;
  return [image.data[o], image.data[o + 1], image.data[o + 2], image.data[o + 3]];
}

describe('the app icons Teams and Copilot show', () => {
  test.each([
    { kind: 'color' as const, size: 192 },
    { kind: 'outline' as const, size: 32 },
  ])('manifest/$kind.png is $size x $size and exactly what its SVG source renders (npm run icons)', ({ kind, size }) => {
    const bytes = readFileSync(join(MANIFEST_DIR, ICONS[kind].png));
    // The size straight from the PNG header, independently of any decoder.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
    const image = committed(kind);
    const rendered = PNG.sync.read(renderIcon(MANIFEST_DIR, kind));
    expect([rendered.width, rendered.height]).toEqual([size, size]);
    expect(Buffer.compare(image.data, rendered.data)).toBe(0);
  });

  it('draws the outline icon in white on a transparent background, the check mark cut out of the shield', () => {
    const image = committed('outline');
    let white = 0;
    let clear = 0;
    let other = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = pixel(image, x, y);
        if (a === 0) clear++;
        else if (r === 255 && g === 255 && b === 255) white++;
        else other++;
      }
    }
    expect({ white: white > 150, clear: clear > 400, other }).toEqual({ white: true, clear: true, other: 0 });
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]]) expect(pixel(image, x, y)[3]).toBe(0);
    // Inside the shield (solid around it) the check mark is see-through.
    expect(pixel(image, 28, 21)[3]).toBe(255);
    expect(pixel(image, 23, 22)[3]).toBe(0);
  });

  it('draws the colour icon as a full blue tile with a white monitor and a green shield', () => {
    const image = committed('color');
    const colours = new Set<number>();
    let opaque = 0;
    for (let p = 0; p < 192 * 192; p++) {
      colours.add(image.data.readUInt32BE(p * 4));
      if (image.data[p * 4 + 3] === 255) opaque++;
    }
    expect(opaque).toBe(192 * 192);
    expect(colours.size).toBeGreaterThan(50);
    const [r, g, b] = pixel(image, 4, 4);
    expect(b > r + 100 && b > g + 50).toBe(true);
    expect(pixel(image, 50, 50)).toEqual([255, 255, 255, 255]);
    const [sr, sg, sb] = pixel(image, 140, 140);
    expect(sg > sr + 100 && sg > sb + 100).toBe(true);
  });
});
