/** Small infrastructure shared by the steps (background workers). */
package io.igbridge.support;
