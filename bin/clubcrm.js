#!/usr/bin/env node
// Loads the compiled CLI; everything else lives in src/ (built to dist/ by `npm run build`).
import '../dist/cli.js';
