from opengauge.cli import main

main()
