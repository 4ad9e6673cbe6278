/** Helpers shared by the rules of several platforms. */
package dev.plumbline.rules.common;
