import type { RgbaImage } from './png';

/** A region of the plane, in pixel units: pixel (i, j) covers [i, i+1) x [j, j+1); `box` bounds it. */
interface Shape {
  readonly inside: (x: number, y: number) => boolean;
  readonly box: readonly [number, number, number, number];
}
type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

/** 4x4 samples per pixel: smooth edges without any dependency, and fully deterministic. */
const SUPERSAMPLE = 4;

class Canvas {
  private readonly px: Float64Array;

  constructor(readonly size: number) {
    this.px = new Float64Array(size * size * 4);
  }

  /** Paints `shape` in `color` over what is there ("source over"), anti-aliased by coverage. */
  fill(shape: Shape, color: Rgb | ((x: number, y: number) => Rgb), opacity = 1): void {
    this.cover(shape, (i, j, coverage) => {
      const c = typeof color === 'function' ? color(i + 0.5, j + 0.5) : color;
      this.blend(i, j, c, coverage * opacity);
    });
  }

  /** Removes `shape` from the image (alpha towards zero), anti-aliased; cuts gaps and check marks out. */
  erase(shape: Shape): void {
    this.cover(shape, (i, j, coverage) => {
      this.px[(j * this.size + i) * 4 + 3] *= 1 - coverage;
    });
  }

  /** Calls `paint` for every pixel the shape touches, with the fraction of samples inside it. */
  private cover(shape: Shape, paint: (i: number, j: number, coverage: number) => void): void {
    const n = SUPERSAMPLE;
    const [bx0, by0, bx1, by1] = shape.box;
    const i0 = Math.max(0, Math.floor(bx0));
    const j0 = Math.max(0, Math.floor(by0));
    const i1 = Math.min(this.size - 1, Math.ceil(bx1));
    const j1 = Math.min(this.size - 1, Math.ceil(by1));
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++) {
          for (let sx = 0; sx < n; sx++) if (shape.inside(i + (sx + 0.5) / n, j + (sy + 0.5) / n)) hits++;
        }
        if (hits > 0) paint(i, j, hits / (n * n));
      }
    }
  }

  private blend(i: number, j: number, c: Rgb, a: number): void {
    const o = (j * this.size + i) * 4;
    const da = this.px[o + 3];
    const outA = a + da * (1 - a);
    if (outA <= 0) return;
    for (let k = 0; k < 3; k++) this.px[o + k] = (c[k] * a + this.px[o + k] * da * (1 - a)) / outA;
    this.px[o + 3] = outA;
  }

  toImage(): RgbaImage {
    const rgba = new Uint8Array(this.size * this.size * 4);
    for (let p = 0; p < this.size * this.size; p++) {
      const a = Math.round(this.px[p * 4 + 3] * 255);
      rgba[p * 4 + 3] = a;
      // Fully transparent pixels carry no colour, so the outline icon stays "white or transparent" exactly.
      for (let k = 0; k < 3; k++) rgba[p * 4 + k] = a === 0 ? 0 : Math.round(this.px[p * 4 + k]);
    }
    return { width: this.size, height: this.size, rgba };
  }
}

function boxOf(points: readonly Point[], pad = 0): Shape['box'] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

function everywhere(size: number): Shape {
  return { inside: () => true, box: [0, 0, size, size] };
}

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  const inside = (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  return { inside, box: [x0, y0, x1, y1] };
}

function minus(a: Shape, b: Shape): Shape {
  return { inside: (x, y) => a.inside(x, y) && !b.inside(x, y), box: a.box };
}

function union(...shapes: Shape[]): Shape {
  const boxes = shapes.map((s) => s.box);
  return {
    inside: (x, y) => shapes.some((s) => s.inside(x, y)),
    box: [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ],
  };
}

function polygon(points: readonly Point[]): Shape {
  const inside = (x: number, y: number): boolean => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return { inside, box: boxOf(points) };
}

/** A polyline of the given stroke width with round joins and caps. */
function stroke(points: readonly Point[], width: number): Shape {
  const r2 = (width / 2) ** 2;
  const inside = (x: number, y: number): boolean => {
    for (let k = 0; k + 1 < points.length; k++) {
      const [ax, ay] = points[k];
      const [bx, by] = points[k + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2) return true;
    }
    return false;
  };
  return { inside, box: boxOf(points, width / 2) };
}

function quad(p0: Point, c: Point, p1: Point, steps: number): Point[] {
  const out: Point[] = [];
  for (let s = 1; s <= steps; s++) {
    const t = s / steps;
    const u = 1 - t;
    out.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]]);
  }
  return out;
}

/** A classic shield: a shallow peak at the top, straight sides, curving to a point at the bottom. */
function shieldOutline(cx: number, top: number, w: number, h: number): Point[] {
  const half = w / 2;
  const shoulder = top + h * 0.14;
  const waist = top + h * 0.5;
  const bottom = top + h;
  const right: Point[] = [
    [cx, top],
    ...quad([cx, top], [cx + half * 0.55, shoulder], [cx + half, shoulder], 12),
    [cx + half, waist],
    ...quad([cx + half, waist], [cx + half, top + h * 0.84], [cx, bottom], 16),
  ];
  const left = right
    .slice(1, -1)
    .reverse()
    .map(([x, y]): Point => [2 * cx - x, y]);
  return [...right, ...left];
}

function checkMark(cx: number, top: number, w: number, h: number): Point[] {
  return [
    [cx - w * 0.22, top + h * 0.49],
    [cx - w * 0.05, top + h * 0.65],
    [cx + w * 0.24, top + h * 0.33],
  ];
}

const WHITE: Rgb = [255, 255, 255];
/** Fluent "brand" blues for the tile, a green for "compliant / enrolled". */
const TILE_TOP: Rgb = [0x25, 0x6c, 0xd9];
const TILE_BOTTOM: Rgb = [0x0f, 0x4a, 0xa8];
const BADGE: Rgb = [0x13, 0xa1, 0x0e];

/** The accent colour the manifest uses next to the icon; it matches the tile. */
export const ACCENT_COLOR = '#185ABD';

function gradient(size: number, top: Rgb, bottom: Rgb): (x: number, y: number) => Rgb {
  return (_x, y) => {
    const t = y / size;
    return [0, 1, 2].map((k) => top[k] + (bottom[k] - top[k]) * t) as unknown as Rgb;
  };
}

/** The 192x192 colour icon: a white monitor on a blue tile with a green shield carrying a check mark. */
export function drawColorIcon(): RgbaImage {
  const size = 192;
  const c = new Canvas(size);
  c.fill(everywhere(size), gradient(size, TILE_TOP, TILE_BOTTOM));
  // Monitor: bezel, screen, neck and foot, centred a little left so the badge can overlap its corner.
  const bezel = roundRect(34, 46, 146, 124, 10);
  const screen = roundRect(44, 56, 136, 114, 4);
  c.fill(minus(bezel, screen), WHITE);
  c.fill(screen, WHITE, 0.16);
  c.fill(union(roundRect(80, 124, 100, 140, 0), roundRect(60, 138, 120, 148, 5)), WHITE);
  // Badge: a tile-coloured halo first, so the shield reads as separate from the monitor behind it.
  const [cx, top, w, h] = [140, 86, 56, 66];
  c.fill(polygon(shieldOutline(cx, top - 7, w + 14, h + 14)), gradient(size, TILE_TOP, TILE_BOTTOM));
  c.fill(polygon(shieldOutline(cx, top, w, h)), BADGE);
  c.fill(stroke(checkMark(cx, top, w, h), 8), WHITE);
  return c.toImage();
}

/** The 32x32 outline icon: the same design in white on transparent, the check mark cut out of the shield. */
export function drawOutlineIcon(): RgbaImage {
  const size = 32;
  const c = new Canvas(size);
  const bezel = roundRect(2, 6, 25, 22, 2);
  const screen = roundRect(4, 8, 23, 20, 0.5);
  c.fill(minus(bezel, screen), WHITE);
  c.fill(union(roundRect(12, 22, 15, 25, 0), roundRect(8, 25, 19, 27, 1)), WHITE);
  const [cx, top, w, h] = [24, 13, 13, 16];
  c.erase(polygon(shieldOutline(cx, top - 1.6, w + 3.2, h + 3.2)));
  c.fill(polygon(shieldOutline(cx, top, w, h)), WHITE);
  c.erase(stroke(checkMark(cx, top, w, h), 2.2));
  return c.toImage();
}
