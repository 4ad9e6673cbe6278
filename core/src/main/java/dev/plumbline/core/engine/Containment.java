package dev.plumbline.core.engine;

/**
 * Which failures the engine contains to the rule or file they come from. Everything a rule, a
 * parser or a platform throws is, except the JVM itself failing: a rule built against classes
 * that are missing ({@link NoClassDefFoundError}), whose static initialiser failed
 * ({@link ExceptionInInitializerError}) or that trips an assertion is a broken rule, not a
 * broken run, and a stack overflow comes from the depth of the input. Out of memory and the
 * JVM's internal errors end the run: nothing computed after them can be trusted.
 */
public final class Containment {

  private Containment() {}

  /**
   * Rethrows {@code failure} when it is the JVM failing; returns otherwise, for the caller to
   * report it as an internal error. Call it first in a {@code catch (Throwable e)}.
   */
  public static void rethrowFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError fatal && !(failure instanceof StackOverflowError)) {
      throw fatal;
    }
  }
}
