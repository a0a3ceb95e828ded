/** The engine behind the public API; not an API itself, it may change in any release. */
package org.khabar.internal;
