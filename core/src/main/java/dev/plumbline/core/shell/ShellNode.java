package dev.plumbline.core.shell;

/**
 * A piece of a shell script with its place: offsets into the script text, {@code start}
 * inclusive and {@code end} exclusive. A platform maps them back to the file it read the script
 * from.
 */
public interface ShellNode {

  int start();

  int end();
}
