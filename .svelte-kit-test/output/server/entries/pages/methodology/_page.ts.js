// src/routes/methodology/+page.ts
var csr = false;
export { csr };
