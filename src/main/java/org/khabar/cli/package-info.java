/** The command line: reads files or standard input, prints text, JSON or JSON Lines. */
package org.khabar.cli;
