/** Web plumbing shared by every context: RFC 9457 problem details, paging, CSV. */
package dk.samvaer.kernel.web;
