// A page of text and tables, computed at build time: it needs no JavaScript in the browser.
export const csr = false;
