/**
 * The first step of the engine pipeline: from the paths given on the command line to the list of
 * candidate files, honouring default excludes, {@code .gitignore} files with git's semantics and
 * the configuration's {@code exclude:} patterns, without following symbolic links out of the scan
 * roots. Entry point: {@link dev.plumbline.core.engine.discovery.FileDiscovery}.
 */
package dev.plumbline.core.engine.discovery;
