/** Money: numbers in digits and words, currencies, qualifiers. */
package org.khabar.internal.money;
