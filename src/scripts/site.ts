/**
 * The one module script every page loads: each part below is small and wires one control, and
 * one file costs less than four (one request, one gzip stream). Each part does nothing when its
 * control is not on the page (the contents list is on articles only).
 *   - search-loader: the header's search trigger (search loads on intent: hover, focus, Ctrl/⌘);
 *   - site-menu: Escape and click-outside for the header's Menu;
 *   - theme-select: the footer's theme control;
 *   - toc-current: the article's contents list marks the section being read.
 */
import './search-loader.ts';
import './site-menu.ts';
import './theme-select.ts';
import './toc-current.ts';
