package dev.plumbline.rules.secrets;

import dev.plumbline.core.source.LineIndex;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens signed with a secret written near them. A token on its own may be meant to be
 * public (the anonymous key of a hosted backend) or long expired; a token whose HMAC signature
 * checks out with a string a few lines away gives away the signing secret, with which anyone can
 * forge tokens. The check computes the HMAC of the token with each nearby string; nothing in the
 * token is trusted or run. A file gets at most {@value #MAX_CHECKS} such computations.
 */
final class SignedJwts {

  /** How many lines above or below the token the signing secret may be written. */
  static final int NEAR = 5;
  /** At most this many nearby strings are tried per token. */
  private static final int MAX_CANDIDATES = 400;
  private static final int MAX_SECRET_LENGTH = 1024;

  /** At most this many signatures are computed per file, so that no file takes long. */
  private static final int MAX_CHECKS = 20_000;

  private static final Pattern JWT = Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}+"
      + "\\.eyJ[A-Za-z0-9_-]{5,}+\\.[A-Za-z0-9_-]{20,}+");
  private static final Pattern ALGORITHM =
      Pattern.compile("\"alg\"\\s*:\\s*\"(HS256|HS384|HS512)\"");
  private static final Map<String, String> MACS = Map.of("HS256", "HmacSHA256",
      "HS384", "HmacSHA384", "HS512", "HmacSHA512");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");
  private static final Pattern WORD = Pattern.compile("[^\\s\"'`]+");
  /** The value after {@code key: } or {@code key = } up to the end of the line. */
  private static final Pattern ASSIGNED = Pattern.compile("[:=]\\s*(\\S.*?)\\s*$");

  private SignedJwts() {}

  static List<Credential> find(String text, LineIndex lines) {
    if (!text.contains("eyJ")) {
      return List.of();
    }
    List<Credential> found = new ArrayList<>();
    Signatures signatures = new Signatures();
    Matcher jwt = JWT.matcher(text);
    while (jwt.find()) {
      String token = jwt.group();
      Optional<String> mac = signatures.algorithm(token);
      if (mac.isEmpty()) {
        continue;
      }
      int line = lines.lineOf(jwt.start());
      signatures.signingSecretLine(token, mac.get(), candidates(lines, line, token))
          .ifPresent(at -> found.add(new Credential("JSON Web Token", jwt.start(), jwt.end(),
              " with the secret that signs it " + (at == line ? "on the same line"
                  : "on line " + at), "forge tokens with it")));
    }
    return found;
  }

  /** The strings written within {@link #NEAR} lines of the token, with their lines. */
  private static Map<String, Integer> candidates(LineIndex lines, int line, String token) {
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int distance = 0; distance <= NEAR; distance++) {
      for (int at : distance == 0 ? new int[] {line} : new int[] {line - distance,
          line + distance}) {
        if (at >= 1 && at <= lines.lineCount()) {
          collect(lines.lineText(at).replace(token, " "), at, found);
        }
      }
    }
    return found;
  }

  private static void collect(String text, int line, Map<String, Integer> found) {
    List<String> strings = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(text);
    while (quoted.find()) {
      strings.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
    }
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String w = word.group();
      strings.add(w);
      for (char separator : new char[] {'=', ':'}) {
        int at = w.indexOf(separator);
        if (at >= 0) {
          strings.add(w.substring(at + 1));
        }
      }
    }
    Matcher assigned = ASSIGNED.matcher(text);
    if (assigned.find()) {
      strings.add(assigned.group(1));
    }
    for (String s : strings) {
      if (!s.isEmpty() && s.length() <= MAX_SECRET_LENGTH && found.size() < MAX_CANDIDATES) {
        found.putIfAbsent(s, line);
      }
    }
  }

  /**
   * Checks signatures for one file: keeps a MAC per algorithm and, for a token written more than
   * once, whether each string it was tried with signs it.
   */
  private static final class Signatures {
    private final Map<String, Mac> macs = new HashMap<>();
    private final Map<String, Map<String, Boolean>> signsByToken = new HashMap<>();
    private int checks;

    /** The JCA name of the token's HMAC algorithm, if its header names one. */
    Optional<String> algorithm(String token) {
      try {
        String header = new String(Base64.getUrlDecoder().decode(
            token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        Matcher alg = ALGORITHM.matcher(header);
        return alg.find() ? Optional.of(MACS.get(alg.group(1))) : Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    /** The line of the nearby string with which the token's signature checks out. */
    Optional<Integer> signingSecretLine(String token, String algorithm,
        Map<String, Integer> candidates) {
      int lastDot = token.lastIndexOf('.');
      byte[] signed = token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
      byte[] signature;
      try {
        signature = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      try {
        Mac mac = macs.get(algorithm);
        if (mac == null) {
          mac = Mac.getInstance(algorithm);
          macs.put(algorithm, mac);
        }
        // a token written more than once is checked once with each string
        Map<String, Boolean> signs = signsByToken.computeIfAbsent(token, t -> new HashMap<>());
        for (Map.Entry<String, Integer> candidate : candidates.entrySet()) {
          Boolean match = signs.get(candidate.getKey());
          if (match == null && checks++ >= MAX_CHECKS) {
            return Optional.empty();
          }
          if (match == null) {
            mac.init(new SecretKeySpec(candidate.getKey().getBytes(StandardCharsets.UTF_8),
                algorithm));
            match = MessageDigest.isEqual(mac.doFinal(signed), signature);
            signs.put(candidate.getKey(), match);
          }
          if (match) {
            return Optional.of(candidate.getValue());
          }
        }
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK lacks " + algorithm, e);
      }
      return Optional.empty();
    }
  }
}
