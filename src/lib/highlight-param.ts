/** The address parameter that carries the words to highlight on a page opened from a search result. */
export const HIGHLIGHT_PARAM = 'highlight';
