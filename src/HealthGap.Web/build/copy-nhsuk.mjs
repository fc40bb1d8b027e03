// Copies the NHS.UK frontend's compiled CSS, JS and images from node_modules into wwwroot/nhsuk.
// The CSS loads the Frutiger web font from assets.nhs.uk (licensed to NHS services only, and an
// external request): its @font-face rules are dropped so pages fall back to Arial and load
// nothing from elsewhere. Run by the web project's build (HealthGapNhsukFrontend target).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join('node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');
const target = join('wwwroot', 'nhsuk');
mkdirSync(target, { recursive: true });
const css = readFileSync(join(dist, 'nhsuk-frontend.min.css'), 'utf8').replace(/@font-face\{[^}]*\}/g, '');
if (css.includes('assets.nhs.uk')) {
  throw new Error('nhsuk-frontend.min.css still refers to assets.nhs.uk after removing @font-face rules');
}
writeFileSync(join(target, 'nhsuk-frontend.min.css'), css);
cpSync(join(dist, 'nhsuk-frontend.min.js'), join(target, 'nhsuk-frontend.min.js'));
cpSync(join(dist, 'assets'), join(target, 'assets'), { recursive: true });
