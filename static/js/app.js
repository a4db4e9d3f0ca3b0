// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "/static/build/govuk/govuk-frontend.min.js";
import { initTimeoutWarning } from "./timeout-warning.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
initTimeoutWarning(document.getElementById("timeout-warning"));
