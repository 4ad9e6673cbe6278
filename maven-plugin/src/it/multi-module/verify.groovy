// each module lints its own directory, and the parent leaves the modules to them: every
// Dockerfile is reported once, by its own module, and the parent lints its workflow
def log = new File(basedir, 'build.log').text
def slurper = new groovy.json.JsonSlurper()
def uris = { dir ->
  def report = slurper.parse(new File(basedir, dir + '/target/plumbline/plumbline.sarif'))
  report.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }.unique()
}
assert uris('.').isEmpty()
assert uris('module-a') == ['Dockerfile']
assert uris('module-b') == ['Dockerfile']
assert log.count('Dockerfile:1:13: warning[DKR001]') == 2
assert log.contains('No findings (1 file linted).')
