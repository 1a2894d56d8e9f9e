/** Shared kernel: the few framework-free types every bounded context may use (rule violations, input errors). */
package dk.samvaer.kernel;
