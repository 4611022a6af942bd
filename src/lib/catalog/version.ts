// Shared links carry this version; bump it whenever a catalog figure changes.
export const catalogVersion = "2026.11.29";
export const catalogDate = "2026-11-29";
