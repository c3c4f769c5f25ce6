# The order in which begin, process and end blocks of a pipeline run, and when begin output flows.
function a { begin { Write-Host "a-begin"; "from-a-begin" } process { Write-Host "a-process $_"; "a:$_" } end { Write-Host "a-end"; "from-a-end" } }; function b { begin { Write-Host "b-begin" } process { Write-Host "b-process $_" } end { Write-Host "b-end" } }; 1,2 | a | b
function Tag-Item { param([Parameter(ValueFromPipeline)]$Item) process { "tag:$Item" } }
1..3 | Tag-Item -PipelineVariable current | ForEach-Object { "$current -> $_" }
