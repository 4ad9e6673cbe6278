// -Dplumbline.skip=true skips the check: the build passes and no report is written
def log = new File(basedir, 'build.log').text
assert log.contains('Plumbline check skipped')
assert !log.contains('GHA002')
assert !new File(basedir, 'target/plumbline/plumbline.sarif').exists()
