import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './lib/icons';
import { encodePng } from './lib/png';

// Regenerates manifest/color.png and manifest/outline.png; run from the repository root (npm run icons).
const manifestDir = join(process.cwd(), 'manifest');
const files = [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()],
] as const;
for (const [name, image] of files) {
  const png = encodePng(image);
  writeFileSync(join(manifestDir, name), png);
  console.log(`manifest/${name}: ${image.width}x${image.height}, ${png.length} bytes`);
}
