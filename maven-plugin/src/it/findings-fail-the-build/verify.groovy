// findings at or above the fail-on level fail the build, and the log shows them with their place
def log = new File(basedir, 'build.log').text
assert log.contains('.github/workflows/release.yml:10:42: error[GHA002]')
assert log.contains('Plumbline found problems at or above the fail-on level')
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/plumbline/plumbline.sarif'))
assert report.runs[0].results.any { it.ruleId == 'GHA002' }
