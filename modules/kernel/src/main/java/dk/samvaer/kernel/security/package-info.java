/** Who is calling: roles, the municipalities they may see, and the checks controllers apply with them. */
package dk.samvaer.kernel.security;
