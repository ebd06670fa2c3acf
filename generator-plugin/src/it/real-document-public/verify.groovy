// The published Parallel document became one service per tag, and all of it compiled with -Xlint:all -Werror.
def pkg = 'com/example/parallel/published'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def classes = new File(basedir, "target/classes/$pkg")

def services = ['ChatAPIBetaService', 'ExtractService', 'FindAllService', 'MonitorService', 'SearchService', 'TasksService']
def found = new File(generated, 'service').list().findAll { it.endsWith('Service.java') }.collect { it - '.java' }.sort()
assert found == services

def log = new File(basedir, 'build.log').text
assert log =~ /parallel4j: 6 services, \d+ types from public-openapi\.json: \d+ files? written, 0 unchanged, 0 deleted/

def client = new File(generated, 'ParallelClient.java').text
['chatAPIBeta', 'extract', 'findAll', 'monitor', 'search', 'tasks'].each { accessor ->
    assert client =~ /public \w+Service ${accessor}\(\)/
}
def findAll = new File(generated, 'service/FindAllService.java').text
['create', 'retrieve', 'result', 'events', 'cancel', 'extend', 'enrich', 'schema', 'ingest', 'candidates'].each { method ->
    assert findAll.contains(" ${method}("), "FindAllService.${method}"
}
['FindAllRunInput', 'FindAllRun', 'FindAllEvent', 'ErrorResponse'].each { model ->
    assert new File(generated, "model/${model}.java").isFile(), model
    assert new File(classes, "model/${model}.class").isFile(), model
}
assert new File(classes, 'ParallelClient.class').isFile()
services.each { assert new File(classes, "service/${it}.class").isFile(), it }
true
