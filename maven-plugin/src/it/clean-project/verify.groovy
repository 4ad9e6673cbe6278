// a clean project passes, with the findings summary in the log and a valid SARIF report
def log = new File(basedir, 'build.log').text
assert log.contains('No findings (1 file linted).')
def sarif = new File(basedir, 'target/plumbline/plumbline.sarif')
assert sarif.isFile()
def report = new groovy.json.JsonSlurper().parse(sarif)
assert report.version == '2.1.0'
assert report.runs.size() == 1
assert report.runs[0].tool.driver.name == 'Plumbline'
assert report.runs[0].results.isEmpty()
