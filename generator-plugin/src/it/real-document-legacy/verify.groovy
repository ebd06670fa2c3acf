// The legacy Parallel document (beta and alpha tags next to stable ones) became one service per tag, and all of it
// compiled with -Xlint:all -Werror.
def pkg = 'com/example/parallel/legacy'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def classes = new File(basedir, "target/classes/$pkg")

def services = ['ChatAPIBetaService', 'ExtractBetaService', 'FindAllService', 'MonitorAlphaService', 'SearchBetaService',
                'TasksBetaService', 'TasksService']
def found = new File(generated, 'service').list().findAll { it.endsWith('Service.java') }.collect { it - '.java' }.sort()
assert found == services

def log = new File(basedir, 'build.log').text
assert log =~ /parallel4j: 7 services, \d+ types from legacy-openapi\.json: \d+ files? written, 0 unchanged, 0 deleted/

def client = new File(generated, 'ParallelClient.java').text
['chatAPIBeta', 'extractBeta', 'findAll', 'monitorAlpha', 'searchBeta', 'tasks', 'tasksBeta'].each { accessor ->
    assert client =~ /public \w+Service ${accessor}\(\)/
}
def monitor = new File(generated, 'service/MonitorAlphaService.java').text
['create', 'retrieve', 'update', 'delete', 'list', 'events'].each { method ->
    assert monitor.contains(" ${method}("), "MonitorAlphaService.${method}"
}
['FindAllRunInput', 'ErrorResponse'].each { model ->
    assert new File(generated, "model/${model}.java").isFile(), model
    assert new File(classes, "model/${model}.class").isFile(), model
}
assert new File(classes, 'ParallelClient.class').isFile()
services.each { assert new File(classes, "service/${it}.class").isFile(), it }
true
