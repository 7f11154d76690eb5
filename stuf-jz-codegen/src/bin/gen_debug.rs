fn main() {
    let args: Vec<String> = std::env::args().collect();
    match stuf_jz_codegen::Config::new().generate(&args[1]) {
        Ok(g) => {
            std::fs::write(&args[2], &g.code).unwrap();
            eprintln!(
                "{} lines, {} types, {:?}",
                g.code.lines().count(),
                g.types,
                g.elapsed
            );
        }
        Err(e) => eprintln!("{e}"),
    }
}
