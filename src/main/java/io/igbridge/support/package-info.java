/** Small infrastructure shared by the steps (background workers, a bounded HTTP exchange). */
package io.igbridge.support;
