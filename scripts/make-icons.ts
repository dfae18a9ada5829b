import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS, renderIcon, type IconKind } from './lib/icons';

// Regenerates manifest/color.png and manifest/outline.png from their SVG sources; run from the repository root
// (npm run icons). Edit the SVGs, not the PNGs: a test fails when a committed PNG differs from its SVG.
const manifestDir = join(process.cwd(), 'manifest');
for (const kind of Object.keys(ICONS) as IconKind[]) {
  const png = renderIcon(manifestDir, kind);
  writeFileSync(join(manifestDir, ICONS[kind].png), png);
  console.log(`manifest/${ICONS[kind].png}: ${ICONS[kind].size}x${ICONS[kind].size} from manifest/${ICONS[kind].svg}, ${png.length} bytes`);
}
