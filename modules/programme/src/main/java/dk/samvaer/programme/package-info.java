/** Programme context: municipalities (reference data), drop-in centres and project years with their test and control arms. */
package dk.samvaer.programme;
