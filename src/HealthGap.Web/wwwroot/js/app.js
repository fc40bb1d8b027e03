// Optional enhancement only: every page works without JavaScript. This turns on the NHS.UK
// frontend's scripted behaviour (e.g. the header menu collapsing on small screens).
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
