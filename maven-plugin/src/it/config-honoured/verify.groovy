// the .plumbline.yml in the project's base directory turns the broken rules off
def log = new File(basedir, 'build.log').text
assert log.contains('No findings (1 file linted).')
assert log.contains('BUILD SUCCESS')
