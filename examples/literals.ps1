# Number and string literals, as PowerShell's tokenizer reads them.
42
0x1F
1.5
1e3
10kb
1.5mb
5L
2d
-7
.5
2147483647
2147483648
0xFFFFFFFF
foreach ($n in 42, 2147483648, 1.5, 5L, 2d, 0x10, 1e3) { "$n is $($n.GetType().Name)" }
'single $quoted `n string'
'it''s doubled'
"tab:`t|newline escape:`n|dollar:`$x|quote:`"|"
"embedded ""quotes"""
$x = 7
"variable: $x, braces: ${x}, expression: $($x * 6), member: $($x.GetType().Name)"
@"
Here-string with $x
  and "quotes" kept
"@
@'
Verbatim here-string with $x
'@
"unicode: `u{263A}"
