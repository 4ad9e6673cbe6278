package dev.plumbline.core.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders the result of a run in one output format. Implementations are stateless and
 * deterministic: the same {@link ReportContext} always gives the same characters, with {@code \n}
 * line endings and a final line break (a report of no lines, such as GitHub annotations of a
 * clean run, is empty). They write to {@code out} but never close or flush it.
 */
public interface Reporter {

  void write(ReportContext context, Writer out) throws IOException;
}
