/**
 * French typography in a PDF: the space before ; : ! ? » and after « is a
 * no-break space, so a line never starts with "» ;" or ":". (The narrow
 * no-break space French prefers is missing from the PDF's Helvetica.)
 */
export const frenchSpacing = (text: string): string => text.replace(/[ \t]+([;:!?»])/g, '\u00a0$1').replace(/«[ \t]+/g, '«\u00a0')
