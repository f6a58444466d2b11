// What every archival export (PDF/A, ODT) says about itself in its metadata.

/** The author: the coalition whose records these are. */
export const RECORD_AUTHOR = 'Maatschappelijke coalitie NPLV Groningen-Noord';
/** The language of every document, as BCP 47 (PDF /Lang, XMP dc:language, ODF dc:language). */
export const RECORD_LANGUAGE = 'nl-NL';
/** The application that wrote the file. */
export const RECORD_GENERATOR = 'Coalitietafel';
