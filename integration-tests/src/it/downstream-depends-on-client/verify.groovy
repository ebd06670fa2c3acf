// The project compiled (-Xlint:all -Werror) and ran with parallel4j-client as its only declared dependency.
assert new File(basedir, 'target/classes/com/example/downstream/Downstream.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('downstream: companies, 1 condition, generator base')
assert log.contains('downstream: FindAllRunInput.objective is required but was not set')
assert !log.contains('[WARNING]') // e.g. "The POM for dev.parallel4j:parallel4j-client:jar:... is missing"
true
