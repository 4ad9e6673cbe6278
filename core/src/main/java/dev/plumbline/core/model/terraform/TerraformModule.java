package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Terraform module: the configuration files of one directory, read together as Terraform reads
 * them, and the variables files beside them. Everything a module declares is here, typed, with
 * lookups by type, name and address; blocks whose labels are wrong (TF000) are left out, as are
 * the blocks of override files, which only amend declarations made elsewhere.
 *
 * <p>Files are kept in name order, the order Terraform loads them; declarations in file order,
 * then source order.
 */
public final class TerraformModule {

  private final String directory;
  private final List<TerraformFile> files;
  private final List<TerraformNode> declarations = new ArrayList<>();
  private final List<Resource> resources = new ArrayList<>();
  private final List<Resource> dataSources = new ArrayList<>();
  private final List<Resource> ephemeralResources = new ArrayList<>();
  private final List<Variable> variables = new ArrayList<>();
  private final List<Local> locals = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();
  private final List<Provider> providers = new ArrayList<>();
  private final List<ModuleCall> moduleCalls = new ArrayList<>();
  private final List<TerraformSettings> settings = new ArrayList<>();
  private final Map<String, List<TerraformBlock>> otherBlocks = new LinkedHashMap<>();
  private final Map<String, TerraformNode> byAddress = new LinkedHashMap<>();
  private final List<TerraformBlock> overrides = new ArrayList<>();
  private TerraformProject project;
  private ReferenceIndex index;
  private Evaluator evaluator;

  /**
   * @param directory the module's directory as displayed ({@code infra/network}; {@code .} for
   *                  the directory the paths are relative to)
   * @param files     its files, configuration and variables, in any order
   */
  public TerraformModule(String directory, List<TerraformFile> files) {
    this.directory = directory;
    List<TerraformFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(TerraformFile::name).thenComparing(TerraformFile::path));
    this.files = List.copyOf(sorted);
    for (TerraformFile file : this.files) {
      if (!file.isVariables()) {
        for (Block block : file.body().blocks()) {
          if (file.isOverride()) {
            overrides.add(new TerraformBlock(this, file, block));
          } else {
            declare(file, block);
          }
        }
      }
    }
  }

  /** A module of the given files, in the directory of the first. */
  public static TerraformModule of(TerraformFile... files) {
    String path = files.length == 0 ? "" : files[0].path();
    int slash = path.lastIndexOf('/');
    return new TerraformModule(slash < 0 ? "." : path.substring(0, slash), List.of(files));
  }

  private void declare(TerraformFile file, Block block) {
    int labels = block.labels().size();
    TerraformNode node = null;
    switch (block.type()) {
      case "resource", "data", "ephemeral" -> {
        if (labels == 2) {
          Resource.Mode mode = Resource.Mode.of(block.type()).orElseThrow();
          Resource resource = new Resource(this, file, block, mode);
          (mode == Resource.Mode.MANAGED ? resources : mode == Resource.Mode.DATA ? dataSources
              : ephemeralResources).add(resource);
          node = resource;
        }
      }
      case "variable" -> {
        if (labels == 1) {
          node = add(variables, new Variable(this, file, block));
        }
      }
      case "output" -> {
        if (labels == 1) {
          node = add(outputs, new Output(this, file, block));
        }
      }
      case "provider" -> {
        if (labels == 1) {
          node = add(providers, new Provider(this, file, block));
        }
      }
      case "module" -> {
        if (labels == 1) {
          node = add(moduleCalls, new ModuleCall(this, file, block));
        }
      }
      case "terraform" -> {
        if (labels == 0) {
          node = add(settings, new TerraformSettings(this, file, block));
        }
      }
      case "locals" -> {
        if (labels == 0) {
          for (Attribute attribute : block.body().attributes()) {
            Local local = add(locals, new Local(this, file, block, attribute));
            declarations.add(local);
            byAddress.putIfAbsent(local.address(), local);
          }
        }
        return;
      }
      default -> {
        node = new TerraformBlock(this, file, block);
        otherBlocks.computeIfAbsent(block.type(), t -> new ArrayList<>())
            .add((TerraformBlock) node);
      }
    }
    if (node != null) {
      declarations.add(node);
      Optional<String> address = addressOf(node);
      if (address.isPresent()) {
        byAddress.putIfAbsent(address.get(), node);
      }
    }
  }

  private static <T> T add(List<? super T> list, T item) {
    list.add(item);
    return item;
  }

  /** The address other blocks use for a declaration: {@code var.x}, {@code aws_s3_bucket.b}... */
  static Optional<String> addressOf(TerraformNode node) {
    if (node instanceof Resource r) {
      return Optional.of(r.address());
    }
    if (node instanceof Variable v) {
      return Optional.of(v.address());
    }
    if (node instanceof Local l) {
      return Optional.of(l.address());
    }
    if (node instanceof ModuleCall m) {
      return Optional.of(m.address());
    }
    return Optional.empty();
  }

  /** The directory as displayed ({@code .} for the base directory). */
  public String directory() {
    return directory;
  }

  /** Every file, configuration and variables, in name order. */
  public List<TerraformFile> files() {
    return files;
  }

  /** The configuration files ({@code .tf}, {@code .tf.json}). */
  public List<TerraformFile> configurationFiles() {
    return files.stream().filter(f -> !f.isVariables()).toList();
  }

  /** The variables files ({@code .tfvars}, {@code .tfvars.json}), loaded or not. */
  public List<TerraformFile> variablesFiles() {
    return files.stream().filter(TerraformFile::isVariables).toList();
  }

  /** The file of a display path, if it belongs to the module. */
  public Optional<TerraformFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /**
   * Whether every file was read whole. When a syntax error made the parser skip a block, what
   * that block declared is missing: rules that report something for being absent or unused
   * should stay silent then.
   */
  public boolean isComplete() {
    return files.stream().allMatch(TerraformFile::isComplete);
  }

  /**
   * Every top-level declaration in file order, then source order: resources, data sources,
   * variables, each local value, outputs, providers, module calls, {@code terraform} blocks and
   * the other blocks ({@code moved}, {@code import}, {@code check}...).
   */
  public List<TerraformNode> declarations() {
    return List.copyOf(declarations);
  }

  /** The managed resources ({@code resource} blocks). */
  public List<Resource> resources() {
    return List.copyOf(resources);
  }

  /** The managed resources of a type. */
  public List<Resource> resources(String type) {
    return resources.stream().filter(r -> r.type().equals(type)).toList();
  }

  /** The managed resource of a type and name (the first, should it be declared twice). */
  public Optional<Resource> resource(String type, String name) {
    return resources.stream().filter(r -> r.type().equals(type) && r.name().equals(name))
        .findFirst();
  }

  /** The data sources ({@code data} blocks). */
  public List<Resource> dataSources() {
    return List.copyOf(dataSources);
  }

  public List<Resource> dataSources(String type) {
    return dataSources.stream().filter(r -> r.type().equals(type)).toList();
  }

  public Optional<Resource> dataSource(String type, String name) {
    return dataSources.stream().filter(r -> r.type().equals(type) && r.name().equals(name))
        .findFirst();
  }

  /** The {@code ephemeral} resources. */
  public List<Resource> ephemeralResources() {
    return List.copyOf(ephemeralResources);
  }

  public List<Variable> variables() {
    return List.copyOf(variables);
  }

  public Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public List<Local> locals() {
    return List.copyOf(locals);
  }

  public Optional<Local> local(String name) {
    return locals.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  public List<Output> outputs() {
    return List.copyOf(outputs);
  }

  public Optional<Output> output(String name) {
    return outputs.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The {@code provider} blocks, aliases included. */
  public List<Provider> providers() {
    return List.copyOf(providers);
  }

  /** The default (not aliased) configuration of a provider. */
  public Optional<Provider> provider(String name) {
    return providers.stream().filter(p -> p.name().equals(name) && !p.has("alias")).findFirst();
  }

  /** The configuration of a provider with an alias. */
  public Optional<Provider> provider(String name, String alias) {
    return providers.stream().filter(p -> p.name().equals(name)
        && p.alias().filter(alias::equals).isPresent()).findFirst();
  }

  public List<ModuleCall> moduleCalls() {
    return List.copyOf(moduleCalls);
  }

  public Optional<ModuleCall> moduleCall(String name) {
    return moduleCalls.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The {@code terraform} blocks. */
  public List<TerraformSettings> settings() {
    return List.copyOf(settings);
  }

  /** The {@code backend} of the first {@code terraform} block that has one. */
  public Optional<Backend> backend() {
    return settings.stream().flatMap(s -> s.backend().stream()).findFirst();
  }

  /** The {@code cloud} block of the first {@code terraform} block that has one. */
  public Optional<TerraformBlock> cloud() {
    return settings.stream().flatMap(s -> s.cloud().stream()).findFirst();
  }

  /** The entries of every {@code required_providers} block, in order. */
  public List<RequiredProvider> requiredProviders() {
    return settings.stream().flatMap(s -> s.requiredProviders().stream()).toList();
  }

  /** The {@code required_providers} entry of a local name (the first). */
  public Optional<RequiredProvider> requiredProvider(String name) {
    return requiredProviders().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The top-level blocks of another type: {@code moved}, {@code import}, {@code check}... */
  public List<TerraformBlock> blocks(String type) {
    return List.copyOf(otherBlocks.getOrDefault(type, List.of()));
  }

  /** The {@code moved} blocks. */
  public List<TerraformBlock> movedBlocks() {
    return blocks("moved");
  }

  /** The {@code import} blocks. */
  public List<TerraformBlock> importBlocks() {
    return blocks("import");
  }

  /** The {@code check} blocks. */
  public List<TerraformBlock> checkBlocks() {
    return blocks("check");
  }

  /**
   * A declaration by the address other blocks refer to it by: {@code aws_s3_bucket.b},
   * {@code data.aws_caller_identity.current}, {@code ephemeral.t.n}, {@code var.region},
   * {@code local.tags}, {@code module.network}. The first, should it be declared twice.
   */
  public Optional<TerraformNode> byAddress(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /**
   * The blocks of override files ({@code override.tf}, {@code *_override.tf}): they amend the
   * declarations of the same name and declare nothing themselves.
   */
  public List<TerraformBlock> overrideBlocks() {
    return List.copyOf(overrides);
  }

  /** Every reference of the module, in file order, then source order. */
  public List<Reference> references() {
    return index().all();
  }

  /**
   * The references to an address: {@code var.region}, {@code local.tags},
   * {@code module.network}, {@code aws_s3_bucket.logs}, {@code data.t.n}...
   */
  public List<Reference> referencesTo(String address) {
    return index().byAddress().getOrDefault(address, List.of());
  }

  /** The references to a declaration (a resource, variable, local value or module call). */
  public List<Reference> referencesTo(TerraformNode declaration) {
    return addressOf(declaration).map(this::referencesTo).orElse(List.of());
  }

  /**
   * The references written in a top-level declaration (or in an override file's block), nested
   * blocks included.
   */
  public List<Reference> referencesFrom(TerraformNode declaration) {
    return index().byFrom().getOrDefault(declaration, List.of());
  }

  /** Whether anything in the module refers to the declaration. */
  public boolean isReferenced(TerraformNode declaration) {
    return !referencesTo(declaration).isEmpty();
  }

  /**
   * What a reference refers to, when the module declares it: a {@link Variable}, a
   * {@link Local}, a {@link ModuleCall} or a {@link Resource}. Empty for the special roots
   * ({@code count}, {@code each}...) and for references to undeclared things.
   */
  public Optional<TerraformNode> declaration(Reference reference) {
    return reference.kind().isDeclaration() ? byAddress(reference.address()) : Optional.empty();
  }

  /**
   * The resources of a type whose attribute refers to a declaration: the companions of a
   * resource, such as the {@code aws_s3_bucket_public_access_block} whose {@code bucket} is
   * {@code aws_s3_bucket.logs.id}.
   *
   * @param type      the companion's resource type
   * @param attribute the companion's attribute that refers to {@code target}
   * @param target    the resource (or other declaration) referred to
   */
  public List<Resource> resourcesReferring(String type, String attribute, TerraformNode target) {
    Optional<String> address = addressOf(target);
    if (address.isEmpty()) {
      return List.of();
    }
    return resources(type).stream().filter(r -> r.refersTo(attribute, address.get())).toList();
  }

  /**
   * The value of an expression written in the module, as far as it can be known safely (see
   * {@link Evaluator}).
   */
  public Value evaluate(Expression expression) {
    return evaluator().evaluate(expression);
  }

  /** The evaluator of the module's expressions, variables and local values. */
  public synchronized Evaluator evaluator() {
    if (evaluator == null) {
      evaluator = new Evaluator(this);
    }
    return evaluator;
  }

  private synchronized ReferenceIndex index() {
    if (index == null) {
      List<TerraformNode> sources = new ArrayList<>(declarations);
      sources.addAll(overrides);
      index = ReferenceIndex.of(sources);
    }
    return index;
  }

  /**
   * The module calls elsewhere in the run whose local {@code source} is this directory; empty
   * when no other module of the run calls this one (a root module, or one whose callers were
   * not linted).
   */
  public List<ModuleCall> callers() {
    return project == null ? List.of() : project.callersOf(this);
  }

  /** The run this module was linted in; a module built alone is a project of its own. */
  public TerraformProject project() {
    if (project == null) {
      project = new TerraformProject(List.of(this));
    }
    return project;
  }

  void project(TerraformProject of) {
    this.project = of;
  }

  @Override
  public String toString() {
    return "module " + directory;
  }
}
