/**
 * The editor page's script (demo/editor.html, built to dist/editor.js): the <timeline-editor>
 * element. The preview's <event-timeline> comes from the single file the page loads, the one an
 * article loads, so what the producer sees is what readers will get.
 */
import { TimelineEditor } from './timeline-editor.js';

if (!customElements.get('timeline-editor')) customElements.define('timeline-editor', TimelineEditor);
