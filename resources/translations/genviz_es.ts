<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>A generator turns noise into an image in one pass, taught by a discriminator.</source>
        <translation>Un generador transforma ruido en una imagen en una sola pasada, guiado por un discriminador.</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>A decoder turns a code drawn from N(0, I) into an image in one pass.</source>
        <translation>Un decodificador transforma un código tomado de N(0, I) en una imagen en una sola pasada.</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>A denoiser takes noise and removes a little of it at each step.</source>
        <translation>Un eliminador de ruido parte del ruido y quita un poco en cada paso.</translation>
    </message>
    <message>
        <source>Diffusion&apos;s grid and How one is made take {grid} DDIM steps, so that they can be made again while it trains; the results table judges samples made over {judged} DDPM steps, a little clearer.</source>
        <translation>La cuadrícula y «Cómo se hace una» de la difusión usan {grid} pasos DDIM, para poder rehacerlas mientras entrena; la tabla de resultados juzga muestras hechas con {judged} pasos DDPM, algo más nítidas.</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <source>A transformer writes the image one pixel at a time, each from the ones before it.</source>
        <translation>Un transformer escribe la imagen píxel a píxel, cada uno a partir de los anteriores.</translation>
    </message>
    <message>
        <source>There is no family called &apos;{name}&apos;: choose from {choices}.</source>
        <translation>No hay ninguna familia llamada &apos;{name}&apos;: elige entre {choices}.</translation>
    </message>
    <message>
        <source>List the families separated by commas, e.g. gan,vae,diffusion, not &apos;{text}&apos;.</source>
        <translation>Separa las familias con comas, por ejemplo gan,vae,diffusion, no &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>Each family may be listed once, not &apos;{text}&apos;.</source>
        <translation>Cada familia puede aparecer una sola vez, no &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>Pick at least one family to compare.</source>
        <translation>Elige al menos una familia para comparar.</translation>
    </message>
    <message>
        <source>The {family} family is not part of this genviz yet.</source>
        <translation>La familia {family} todavía no forma parte de este genviz.</translation>
    </message>
    <message>
        <source>The {family} family draws images pixel by pixel, so it cannot learn the 2-D set {data}: pick an image set, or leave {name} out.</source>
        <translation>La familia {family} dibuja imágenes píxel a píxel, así que no puede aprender el conjunto de puntos 2D {data}: elige un conjunto de imágenes o quita {name}.</translation>
    </message>
    <message>
        <source>No Python source could be read from the standard library on this computer.</source>
        <translation>No se pudo leer ningún código fuente de Python de la biblioteca estándar de este ordenador.</translation>
    </message>
    <message>
        <source>The file {name} looks like a binary file, not text.</source>
        <translation>El archivo {name} parece un archivo binario, no texto.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text.</source>
        <translation>El archivo {name} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <source>Facts about countries and their capitals, in many phrasings (about 2 MB).</source>
        <translation>Datos sobre países y sus capitales, formulados de muchas maneras (unos 2 MB).</translation>
    </message>
    <message>
        <source>The same facts, but only 40 KB of them: a model soon memorises so short a text, and its held-out loss rises (overfitting).</source>
        <translation>Los mismos datos, pero solo 40 KB: un modelo memoriza pronto un texto tan corto y su pérdida de validación sube (sobreajuste).</translation>
    </message>
    <message>
        <source>Python source code from the standard library, for code generation (about 1 MB).</source>
        <translation>Código fuente Python de la biblioteca estándar, para generar código (aproximadamente 1 MB).</translation>
    </message>
    <message>
        <source>2-D: ring of 8 Gaussians</source>
        <translation>2-D: anillo de 8 gaussianas</translation>
    </message>
    <message>
        <source>Eight blobs on a circle: the classic test of whether a model finds every mode.</source>
        <translation>Ocho manchas en un círculo: la prueba clásica de si un modelo encuentra todas las modas.</translation>
    </message>
    <message>
        <source>2-D: 5 × 5 grid of Gaussians</source>
        <translation>2-D: cuadrícula 5 × 5 de gaussianas</translation>
    </message>
    <message>
        <source>25 blobs: harder to cover than the ring.</source>
        <translation>25 manchas: más difícil de cubrir que el anillo.</translation>
    </message>
    <message>
        <source>2-D: two moons</source>
        <translation>2-D: dos lunas</translation>
    </message>
    <message>
        <source>Two interleaved half circles.</source>
        <translation>Dos semicírculos entrelazados.</translation>
    </message>
    <message>
        <source>2-D: spiral</source>
        <translation>2-D: espiral</translation>
    </message>
    <message>
        <source>One long curved arm: the model must bend its noise a lot.</source>
        <translation>Un brazo largo y curvo: el modelo tiene que doblar mucho su ruido.</translation>
    </message>
    <message>
        <source>2-D: line</source>
        <translation>2-D: línea</translation>
    </message>
    <message>
        <source>A thin diagonal segment: one dimension inside two.</source>
        <translation>Un segmento diagonal delgado: una dimensión dentro de dos.</translation>
    </message>
    <message>
        <source>Digits (8 × 8, built in)</source>
        <translation>Dígitos (8 × 8, incluidos)</translation>
    </message>
    <message>
        <source>The 1,797 small handwritten digits that ship with scikit-learn.</source>
        <translation>Los 1797 pequeños dígitos manuscritos que vienen con scikit-learn.</translation>
    </message>
    <message>
        <source>MNIST digits (28 × 28)</source>
        <translation>Dígitos MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>70,000 handwritten digits. Needs the MNIST files: genviz data mnist --download fetches them once.</source>
        <translation>70 000 dígitos manuscritos. Necesita los archivos de MNIST: genviz data mnist --download los descarga una vez.</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28 × 28)</source>
        <translation>Fashion-MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>Clothes and shoes in 10 classes. Needs the files: genviz data fashion --download fetches them once.</source>
        <translation>Ropa y calzado en 10 clases. Necesita los archivos: genviz data fashion --download los descarga una vez.</translation>
    </message>
    <message>
        <source>mode {number}</source>
        <translation>moda {number}</translation>
    </message>
    <message>
        <source>upper moon</source>
        <translation>luna superior</translation>
    </message>
    <message>
        <source>lower moon</source>
        <translation>luna inferior</translation>
    </message>
    <message>
        <source>{name} has {count} images; ask for at most {count}.</source>
        <translation>{name} tiene {count} imágenes; pide como mucho {count}.</translation>
    </message>
    <message>
        <source>1 unreadable file was skipped.</source>
        <translation>Se omitió 1 archivo ilegible.</translation>
    </message>
    <message>
        <source>{count} unreadable files were skipped.</source>
        <translation>Se omitieron {count} archivos ilegibles.</translation>
    </message>
    <message>
        <source>1 image over {megapixels:g} megapixels was skipped.</source>
        <translation>Se omitió 1 imagen de más de {megapixels:g} megapíxeles.</translation>
    </message>
    <message>
        <source>{count} images over {megapixels:g} megapixels were skipped.</source>
        <translation>Se omitieron {count} imágenes de más de {megapixels:g} megapíxeles.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a built-in data set ({choices}) nor a folder of images.</source>
        <translation>&apos;{name}&apos; no es ni un conjunto de datos incorporado ({choices}) ni una carpeta de imágenes.</translation>
    </message>
    <message>
        <source>Drawn points must be pairs (x, y); got an array of shape {shape}.</source>
        <translation>Los puntos dibujados deben ser pares (x, y); se recibió un array de forma {shape}.</translation>
    </message>
    <message>
        <source>Draw at least {count} points first.</source>
        <translation>Dibuja primero al menos {count} puntos.</translation>
    </message>
    <message>
        <source>Some drawn points are not finite numbers.</source>
        <translation>Algunos puntos dibujados no son números finitos.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>Camiseta/top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalón</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Vestido</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandalia</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Camisa</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Zapatilla</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bolso</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Botín</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} es un archivo gzip dañado o truncado.</translation>
    </message>
    <message>
        <source>{name} unzips to more than {megabytes} MB: it is not an MNIST-style file.</source>
        <translation>{name} ocupa más de {megabytes} MB al descomprimirse: no es un archivo de tipo MNIST.</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it does not start with an IDX header.</source>
        <translation>{name} no es un archivo IDX: no empieza con una cabecera IDX.</translation>
    </message>
    <message>
        <source>{name} is truncated: it ends inside its IDX header.</source>
        <translation>{name} está truncado: termina dentro de su cabecera IDX.</translation>
    </message>
    <message>
        <source>{name} is truncated: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} está truncado: su cabecera promete {expected} bytes de valores y contiene {held}.</translation>
    </message>
    <message>
        <source>{name} is longer than its header says: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} es más largo de lo que dice su cabecera: esta promete {expected} bytes de valores y el archivo contiene {held}.</translation>
    </message>
    <message>
        <source>{title} is not in {folder}: choose the folder holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, or download it with: genviz data {kind} --download.</source>
        <translation>{title} no está en {folder}: elige la carpeta que contiene train-images-idx3-ubyte.gz y train-labels-idx1-ubyte.gz, o descárgalo con: genviz data {kind} --download.</translation>
    </message>
    <message>
        <source>{name} does not hold 8-bit images (its shape is {shape}).</source>
        <translation>{name} no contiene imágenes de 8 bits (su forma es {shape}).</translation>
    </message>
    <message>
        <source>{name} holds {labels} labels for {images} images.</source>
        <translation>{name} contiene {labels} etiquetas para {images} imágenes.</translation>
    </message>
    <message>
        <source>Could not download {name}: {failures}.</source>
        <translation>No se pudo descargar {name}: {failures}.</translation>
    </message>
    <message>
        <source>The download of {name} does not match its SHA-256 checksum, so it was deleted; try again later.</source>
        <translation>La descarga de {name} no coincide con su suma de comprobación SHA-256, así que se ha borrado; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>There is no download for &apos;{kind}&apos;; choose one of: {choices}.</source>
        <translation>No hay descarga para &apos;{kind}&apos;; elige una de: {choices}.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder {folder}: {reason}.</source>
        <translation>No se puede crear la carpeta de caché {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys most of the signal early; cosine (Nichol &amp; Dhariwal 2021) fades it more evenly, so more steps carry useful information.</source>
        <translation>El programa de ruido: con qué rapidez los datos se desvanecen en ruido a medida que crece t. El lineal (Ho et al. 2020) destruye la mayor parte de la señal al principio; el coseno (Nichol &amp; Dhariwal 2021) la desvanece de forma más uniforme, así que más pasos llevan información útil.</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation>Pasos T</translation>
    </message>
    <message>
        <source>T, the number of noising steps. x_T is practically pure noise. DDPM sampling takes all T steps back; DDIM can skip.</source>
        <translation>T, el número de pasos de ruido. x_T es prácticamente ruido puro. El muestreo DDPM recorre los T pasos hacia atrás; DDIM puede saltarse algunos.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Network width: hidden units of the 2-D MLP, or channels of the U-Net&apos;s first level. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Anchura de la red: unidades ocultas del MLP 2-D, o canales del primer nivel de la U-Net. &apos;auto&apos; elige {points} para datos 2-D y {images} para imágenes.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Network depth: hidden layers of the MLP, or how many times the U-Net halves the image. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Profundidad de la red: capas ocultas del MLP, o cuántas veces la U-Net reduce la imagen a la mitad. &apos;auto&apos; elige {points} para datos 2-D y {images} para imágenes.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Examples per training step, each noised to its own random t. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Ejemplos por paso de entrenamiento, cada uno con ruido de su propio t aleatorio. &apos;auto&apos; elige {points} para datos 2-D y {images} para imágenes.</translation>
    </message>
    <message>
        <source> &apos;auto&apos; picks a larger rate for 2-D data than for images.</source>
        <translation> &apos;auto&apos; elige una tasa mayor para datos 2-D que para imágenes.</translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation>Decaimiento EMA</translation>
    </message>
    <message>
        <source>Samples come from a moving average of the weights (EMA): after each step it moves this little towards the new weights (1 - decay). It smooths out the jitter of single steps.</source>
        <translation>Las muestras salen de una media móvil de los pesos (EMA): tras cada paso se acerca esta pequeña fracción (1 - decaimiento) a los nuevos pesos. Suaviza la agitación de los pasos individuales.</translation>
    </message>
    <message>
        <source>Min-SNR weight</source>
        <translation>Ponderación Min-SNR</translation>
    </message>
    <message>
        <source>Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the data and its large, jumpy errors steer training; each timestep&apos;s loss is scaled by min(SNR, gamma) / SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. It helps images, but 2-D mixtures learn their sharp modes at low noise. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Ponderación de la pérdida Min-SNR (Hang et al. 2023). Con poco ruido, el ruido es difícil de distinguir de los detalles de los datos, y sus errores grandes y bruscos dirigen el entrenamiento; la pérdida de cada paso temporal se escala por min(SNR, gamma) / SNR, donde SNR = señal² / ruido² y gamma es este valor. 0 es la pérdida simple de Ho et al. 2020. Ayuda con imágenes, pero las mezclas 2-D aprenden sus modas nítidas con poco ruido. &apos;auto&apos; elige {points} para datos 2-D y {images} para imágenes.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and their noise</source>
        <translation>los pesos iniciales, los lotes y su ruido</translation>
    </message>
    <message>
        <source>Keep colours</source>
        <translation>Mantener colores</translation>
    </message>
    <message>
        <source>Train a folder of images in colour (three channels) instead of grey.</source>
        <translation>Entrenar con una carpeta de imágenes en color (tres canales) en lugar de en gris.</translation>
    </message>
    <message>
        <source>Noise size</source>
        <translation>Tamaño del ruido</translation>
    </message>
    <message>
        <source>Numbers in each noise vector z, the generator&apos;s only input. With 2 the lab can draw how G bends the noise plane (the warped grid).</source>
        <translation>Números de cada vector de ruido z, la única entrada del generador. Con 2, el laboratorio puede dibujar cómo G deforma el plano de ruido (la cuadrícula deformada).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Hidden layers in each network. Deeper can draw sharper shapes but trains slower.</source>
        <translation>Capas ocultas de cada red. Más profundas pueden dibujar formas más nítidas, pero entrenan más despacio.</translation>
    </message>
    <message>
        <source>Units per hidden layer: the networks&apos; capacity.</source>
        <translation>Unidades por capa oculta: la capacidad de las redes.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>Tasa de aprendizaje de G</translation>
    </message>
    <message>
        <source>Generator learning rate: how far G moves each update. Too high and the fakes overshoot and swing about; too low and they crawl.</source>
        <translation>Tasa de aprendizaje del generador: cuánto se mueve G en cada actualización. Demasiado alta y las falsificaciones se pasan de largo y oscilan; demasiado baja y avanzan a paso de tortuga.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>Tasa de aprendizaje de D</translation>
    </message>
    <message>
        <source>Discriminator learning rate. A D that learns much faster than G wins the game early and stops teaching G anything.</source>
        <translation>Tasa de aprendizaje del discriminador. Un D que aprende mucho más rápido que G gana el juego pronto y deja de enseñarle nada a G.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>How gradients become weight changes. Adam adapts the step size per weight and is the usual choice for GANs; plain SGD oscillates more.</source>
        <translation>Cómo los gradientes se convierten en cambios de los pesos. Adam adapta el tamaño del paso a cada peso y es la elección habitual para las GAN; el SGD simple oscila más.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>Pasos de D por paso de G</translation>
    </message>
    <message>
        <source>Discriminator updates before each generator update. More makes D stronger: a good critic helps G, a perfect one leaves G without a useful gradient.</source>
        <translation>Actualizaciones del discriminador antes de cada actualización del generador. Más hacen a D más fuerte: un buen crítico ayuda a G, uno perfecto deja a G sin un gradiente útil.</translation>
    </message>
    <message>
        <source>D dropout</source>
        <translation>Dropout de D</translation>
    </message>
    <message>
        <source>Share of D&apos;s units switched off at random in each update. On a small image set it stops D from memorising the real images, which would make G give up on whole classes.</source>
        <translation>Fracción de las unidades de D que se apagan al azar en cada actualización. Con un conjunto de imágenes pequeño impide que D memorice las imágenes reales, lo que haría que G renunciara a clases enteras.</translation>
    </message>
    <message>
        <source>Real and fake samples in each update.</source>
        <translation>Muestras reales y falsas en cada actualización.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>The game&apos;s rules. Minimax is the original formula, but its gradient vanishes when D is sure the fakes are fake; non-saturating fixes that; least squares keeps pulling fakes towards the data even when D is right.</source>
        <translation>Las reglas del juego. Minimax es la fórmula original, pero su gradiente se anula cuando D está seguro de que las falsificaciones son falsas; no saturante lo corrige; mínimos cuadrados sigue atrayendo las falsificaciones hacia los datos incluso cuando D acierta.</translation>
    </message>
    <message>
        <source>non-saturating</source>
        <translation>no saturante</translation>
    </message>
    <message>
        <source>G minimises −log D(G(z)): strong gradients even when D wins.</source>
        <translation>G minimiza −log D(G(z)): gradientes fuertes incluso cuando D gana.</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>minimax</translation>
    </message>
    <message>
        <source>G minimises log(1 − D(G(z))), the original game: flat when D is sure.</source>
        <translation>G minimiza log(1 − D(G(z))), el juego original: plano cuando D está seguro.</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>mínimos cuadrados</translation>
    </message>
    <message>
        <source>D regresses real → 1, fake → 0; G pulls its fakes towards 1.</source>
        <translation>D hace regresión real → 1, falso → 0; G atrae sus falsificaciones hacia 1.</translation>
    </message>
    <message>
        <source>the starting weights, the noise and the batches</source>
        <translation>los pesos iniciales, el ruido y los lotes</translation>
    </message>
    <message>
        <source>Healthy run</source>
        <translation>Entrenamiento sano</translation>
    </message>
    <message>
        <source>The tug of war stays balanced: D(real) and D(fake) hover around the middle while the fakes spread over every part of the data.</source>
        <translation>El tira y afloja sigue equilibrado: D(real) y D(falso) rondan el centro mientras las falsificaciones se reparten por todas las partes de los datos.</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>Colapso de modos</translation>
    </message>
    <message>
        <source>The generator learns far faster than the discriminator can follow: its fakes pile onto one or two modes and hop between them instead of covering all of them.</source>
        <translation>El generador aprende mucho más rápido de lo que el discriminador puede seguir: sus falsificaciones se amontonan en una o dos modas y saltan entre ellas en lugar de cubrirlas todas.</translation>
    </message>
    <message>
        <source>Discriminator wins too fast</source>
        <translation>El discriminador gana demasiado rápido</translation>
    </message>
    <message>
        <source>D trains five times per G step with a higher learning rate, and the minimax loss gives G almost no gradient once D is sure: D(real) stays near 0.9 and D(fake) near 0.1, G&apos;s loss lies flat just below 0, and the fakes creep instead of spreading over the modes.</source>
        <translation>D se entrena cinco veces por cada paso de G con una tasa de aprendizaje mayor, y la pérdida minimax casi no da gradiente a G una vez que D está seguro: D(real) se queda cerca de 0,9 y D(falso) cerca de 0,1, la pérdida de G queda plana justo por debajo de 0 y las falsificaciones avanzan despacio en lugar de repartirse por las modas.</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>Tasa de aprendizaje demasiado alta</translation>
    </message>
    <message>
        <source>Every update overshoots: the losses jump about, the heat map flickers and the fakes swing across the plane without settling.</source>
        <translation>Cada actualización se pasa de largo: las pérdidas saltan, el mapa de calor parpadea y las falsificaciones oscilan por el plano sin asentarse.</translation>
    </message>
    <message>
        <source>There is no preset &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>No hay ningún ajuste predefinido &apos;{name}&apos;; elige uno de: {choices}.</translation>
    </message>
    <message>
        <source>Modes covered (of {modes})</source>
        <translation>Modas cubiertas (de {modes})</translation>
    </message>
    <message>
        <source>D(real) - D(fake)</source>
        <translation>D(real) - D(falso)</translation>
    </message>
    <message>
        <source>Unstable: the losses jump about instead of settling, as when the learning rates are too high.</source>
        <translation>Inestable: las pérdidas saltan en lugar de asentarse, como cuando las tasas de aprendizaje son demasiado altas.</translation>
    </message>
    <message>
        <source>The discriminator has won: its verdicts on real and fake are {gap:.2f} apart and G&apos;s loss has stopped moving, so G learns almost nothing.</source>
        <translation>El discriminador ha ganado: sus veredictos sobre lo real y lo falso están separados por {gap:.2f} y la pérdida de G ha dejado de moverse, así que G casi no aprende nada.</translation>
    </message>
    <message>
        <source>Mode collapse: the generator covers only {covered} of the {modes} modes and ignores the rest.</source>
        <translation>Colapso de modos: el generador cubre solo {covered} de las {modes} modas e ignora el resto.</translation>
    </message>
    <message>
        <source>Mode collapse: the fakes have bunched together and no longer vary like the data.</source>
        <translation>Colapso de modos: las falsificaciones se han agrupado y ya no varían como los datos.</translation>
    </message>
    <message>
        <source>1 · Sample noise</source>
        <translation>1 · Muestrear ruido</translation>
    </message>
    <message>
        <source>2 · G makes fakes</source>
        <translation>2 · G genera falsificaciones</translation>
    </message>
    <message>
        <source>3 · D scores real and fake</source>
        <translation>3 · D puntúa lo real y lo falso</translation>
    </message>
    <message>
        <source>4 · Losses</source>
        <translation>4 · Pérdidas</translation>
    </message>
    <message>
        <source>5 · Gradients</source>
        <translation>5 · Gradientes</translation>
    </message>
    <message>
        <source>6 · Update</source>
        <translation>6 · Actualización</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each a single number from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>Se toman {n} vectores de ruido z aleatorios, cada uno un solo número de una distribución normal estándar. El ruido es la única entrada del generador: toda la variedad viene de él.</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each {numbers} numbers from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>Se toman {n} vectores de ruido z aleatorios, cada uno de {numbers} números de una distribución normal estándar. El ruido es la única entrada del generador: toda la variedad viene de él.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake point G(z). It has never seen a real point; it only learns from what the discriminator says next.</source>
        <translation>El generador convierte cada z en un punto falso G(z). Nunca ha visto un punto real; solo aprende de lo que el discriminador dice a continuación.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a probability of being real: on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>El discriminador asigna a cada punto una probabilidad de ser real: en promedio {real:.2f} para {n} puntos reales y {fake:.2f} para las falsificaciones.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>El discriminador asigna a cada punto una puntuación de ser real (1 = real, 0 = falso): en promedio {real:.2f} para {n} puntos reales y {fake:.2f} para las falsificaciones.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>La retropropagación a través de D le indica a cada falsificación hacia dónde cambiar para parecer más real (las flechas); los propios gradientes de D dicen cómo distinguirlas mejor.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake image G(z). It has never seen a real image; it only learns from what the discriminator says next.</source>
        <translation>El generador convierte cada z en una imagen falsa G(z). Nunca ha visto una imagen real; solo aprende de lo que el discriminador dice a continuación.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a probability of being real: on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>El discriminador asigna a cada imagen una probabilidad de ser real: en promedio {real:.2f} para {n} imágenes reales y {fake:.2f} para las falsificaciones.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>El discriminador asigna a cada imagen una puntuación de ser real (1 = real, 0 = falsa): en promedio {real:.2f} para {n} imágenes reales y {fake:.2f} para las falsificaciones.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows: brighter or darker pixels); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>La retropropagación a través de D le indica a cada falsificación hacia dónde cambiar para parecer más real (las flechas: píxeles más claros o más oscuros); los propios gradientes de D dicen cómo distinguirlas mejor.</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s (this run repeats the discriminator&apos;s part {d_steps} times per generator update). The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} ajusta un poco los pesos de D y luego los de G (este entrenamiento repite la parte del discriminador {d_steps} veces por cada actualización del generador). El mismo ruido da ahora estas falsificaciones, y D las puntúa con {after:.2f} en promedio (antes {before:.2f}).</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s. The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} ajusta un poco los pesos de D y luego los de G. El mismo ruido da ahora estas falsificaciones, y D las puntúa con {after:.2f} en promedio (antes {before:.2f}).</translation>
    </message>
    <message>
        <source>D&apos;s loss ({d_loss:.3f}) is small when it tells real from fake; G&apos;s loss {formula} ({g_loss:.3f}) is small when D is fooled. They pull in opposite directions: the tug of war.</source>
        <translation>La pérdida de D ({d_loss:.3f}) es pequeña cuando distingue lo real de lo falso; la pérdida de G {formula} ({g_loss:.3f}) es pequeña cuando D se deja engañar. Tiran en direcciones opuestas: el tira y afloja.</translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation>Niveles de gris</translation>
    </message>
    <message>
        <source>How many shades of grey a pixel can take: each is one token of the model&apos;s vocabulary. The built-in digits have exactly 17 (0 to 16); other images are rounded to the nearest level, and colour images are turned grey first.</source>
        <translation>Cuántos tonos de gris puede tomar un píxel: cada uno es un token del vocabulario del modelo. Los dígitos incluidos tienen exactamente 17 (de 0 a 16); las demás imágenes se redondean al nivel más cercano, y las imágenes en color se pasan primero a gris.</translation>
    </message>
    <message>
        <source>Transformer blocks stacked on top of each other.</source>
        <translation>Bloques transformer apilados uno sobre otro.</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Cabezas</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look back at different pixels (the one to the left, the one above). The width must divide evenly among them.</source>
        <translation>Cabezas de atención por bloque: cada una puede mirar hacia atrás a píxeles distintos (el de la izquierda, el de arriba). La anchura debe repartirse a partes iguales entre ellas.</translation>
    </message>
    <message>
        <source>Numbers used to represent each pixel inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>Números con los que se representa cada píxel dentro del modelo (la anchura del flujo residual). Más ancho aprende más, pero entrena más despacio.</translation>
    </message>
    <message>
        <source>Images per training step; each gives a guess for every one of its pixels.</source>
        <translation>Imágenes por paso de entrenamiento; cada una da una predicción para cada uno de sus píxeles.</translation>
    </message>
    <message>
        <source>the starting weights and of the batches</source>
        <translation>los pesos iniciales y los lotes</translation>
    </message>
    <message>
        <source>The width ({width}) must be a multiple of the heads ({heads}).</source>
        <translation>La anchura ({width}) debe ser un múltiplo del número de cabezas ({heads}).</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>{label} cannot be {value}: choose {choices} or {last}.</source>
        <translation>{label} no puede ser {value}: elige {choices} o {last}.</translation>
    </message>
    <message>
        <source>{label} must be above {low} and at most {high}, not {value}.</source>
        <translation>{label} debe ser mayor que {low} y como mucho {high}, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}, not {value}.</source>
        <translation>{label} debe estar entre {low} y {high}, no {value}.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The random seed of {randomness}: the same seed and settings train the same model again.</source>
        <translation>La semilla aleatoria de {randomness}: la misma semilla y los mismos ajustes vuelven a entrenar el mismo modelo.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How big a nudge each step gives the weights ({optimizer}). Too high and the loss jumps about or becomes NaN; too low and learning crawls.{more}</source>
        <translation>Qué tan grande es el ajuste que cada paso da a los pesos ({optimizer}). Demasiado alta y la pérdida salta o se vuelve NaN; demasiado baja y el aprendizaje avanza muy despacio.{more}</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>A folder of your own images is cut to squares of this many pixels a side; the built-in sets keep their own size.</source>
        <translation>Una carpeta de tus propias imágenes se recorta en cuadrados de este número de píxeles de lado; los conjuntos incluidos conservan su propio tamaño.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Train on only this many images of the data set, picked at random with the seed. With very few (16) a model can learn them by heart and hand back copies; with all of them it has to learn what digits have in common.</source>
        <translation>Entrenar solo con este número de imágenes del conjunto de datos, elegidas al azar con la semilla. Con muy pocas (16) un modelo puede aprenderlas de memoria y devolver copias; con todas tiene que aprender lo que los dígitos tienen en común.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How text is cut into tokens, the units the model reads and predicts: whole words (and punctuation), or single characters (a small vocabulary, but longer sequences).</source>
        <translation>Cómo se corta el texto en tokens, las unidades que el modelo lee y predice: palabras enteras (y signos de puntuación) o caracteres sueltos (un vocabulario pequeño, pero secuencias más largas).</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look for a different pattern. The width must divide evenly among them.</source>
        <translation>Cabezas de atención por bloque: cada una puede buscar un patrón distinto. La anchura debe repartirse a partes iguales entre ellas.</translation>
    </message>
    <message>
        <source>Numbers used to represent each token inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>Números con los que se representa cada token dentro del modelo (la anchura del flujo residual). Más ancho aprende más, pero entrena más despacio.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Context length: how many tokens the model can look back at when predicting the next one.</source>
        <translation>Longitud del contexto: cuántos tokens hacia atrás puede mirar el modelo al predecir el siguiente.</translation>
    </message>
    <message>
        <source>Sequences per training step.</source>
        <translation>Secuencias por paso de entrenamiento.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Regularisation: while training, this share of the activations is zeroed at random, so the model cannot lean on any one of them to memorise its text. 0 turns it off.</source>
        <translation>Regularización: durante el entrenamiento, esta fracción de las activaciones se pone a cero al azar, para que el modelo no pueda apoyarse en ninguna de ellas para memorizar su texto. 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Regularisation: each step pulls every weight a little towards 0 (AdamW), so only weights that help on many sentences stay large. 0 turns it off.</source>
        <translation>Regularización: cada paso acerca un poco cada peso a 0 (AdamW), de modo que solo los pesos que ayudan en muchas frases siguen siendo grandes. 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely tokens get a chance.</source>
        <translation>Divide las puntuaciones del modelo antes de convertirlas en probabilidades: por debajo de 1 el favorito se vuelve aún más probable; por encima de 1 los tokens improbables tienen una oportunidad.</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only the k most probable tokens and share their probability out again.</source>
        <translation>Conservar solo los k tokens más probables y repartir de nuevo su probabilidad.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the fewest top tokens whose probabilities add up to p.</source>
        <translation>Muestreo de núcleo: conservar el menor número de tokens más probables cuyas probabilidades suman p.</translation>
    </message>
    <message>
        <source>Greedy: always take the top token</source>
        <translation>Voraz: tomar siempre el token más probable</translation>
    </message>
    <message>
        <source>No randomness: the most probable token every time.</source>
        <translation>Sin aleatoriedad: el token más probable cada vez.</translation>
    </message>
    <message>
        <source>The corpus has only {tokens} tokens: a context length of {block} needs at least {needed}; use a longer text or a shorter context.</source>
        <translation>El corpus solo tiene {tokens} tokens: una longitud de contexto de {block} necesita al menos {needed}; usa un texto más largo o un contexto más corto.</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a number. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>El entrenamiento divergió: la pérdida ya no es un número. Baja la tasa de aprendizaje (ahora {rate:g}) o pulsa Volver a los ajustes predeterminados y luego Nuevo modelo.</translation>
    </message>
    <message>
        <source>Training diverged: the loss rose from {first:.1f} to {recent:.0f} nats, because each step overshoots. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>El entrenamiento divergió: la pérdida subió de {first:.1f} a {recent:.0f} nats, porque cada paso se pasa de largo. Baja la tasa de aprendizaje (ahora {rate:g}) o pulsa Volver a los ajustes predeterminados y luego Nuevo modelo.</translation>
    </message>
    <message>
        <source>The model collapsed onto one token: it predicts &apos;{token}&apos; almost whatever the text. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>El modelo colapsó en un solo token: predice &apos;{token}&apos; casi sea cual sea el texto. Baja la tasa de aprendizaje (ahora {rate:g}) o pulsa Volver a los ajustes predeterminados y luego Nuevo modelo.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a single token of this model&apos;s vocabulary.</source>
        <translation>&apos;{token}&apos; no es un único token del vocabulario de este modelo.</translation>
    </message>
    <message>
        <source>P(&quot;{token}&quot; | the text)</source>
        <translation>P(&quot;{token}&quot; | el texto)</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>Tamaño latente</translation>
    </message>
    <message>
        <source>How many numbers the encoder squeezes each example into (the code z). With 2 the map shows the latent space itself; with more, the map shows its two main directions (PCA) and the VAE reconstructs better.</source>
        <translation>En cuántos números comprime el codificador cada ejemplo (el código z). Con 2, el mapa muestra el propio espacio latente; con más, el mapa muestra sus dos direcciones principales (PCA) y el VAE reconstruye mejor.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Fully connected layers see every pixel at once and train fastest on a CPU; convolutions look at small patches and suit larger images.</source>
        <translation>Las capas totalmente conectadas ven todos los píxeles a la vez y entrenan más rápido en una CPU; las convoluciones miran pequeños fragmentos y se adaptan a imágenes más grandes.</translation>
    </message>
    <message>
        <source>fully connected (MLP)</source>
        <translation>totalmente conectada (MLP)</translation>
    </message>
    <message>
        <source>convolutional (images)</source>
        <translation>convolucional (imágenes)</translation>
    </message>
    <message>
        <source>Hidden units per layer (MLP) or filters in the first convolution (doubled in the second). Wider fits more detail but trains slower.</source>
        <translation>Unidades ocultas por capa (MLP) o filtros de la primera convolución (el doble en la segunda). Más ancho capta más detalle, pero entrena más despacio.</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (peso de KL)</translation>
    </message>
    <message>
        <source>The weight of the KL term: 1 is the true evidence lower bound; more pulls every code towards the prior, and it can change while the model trains.</source>
        <translation>El peso del término KL: 1 es la verdadera cota inferior de la evidencia; más atrae cada código hacia la distribución a priori, y puede cambiarse mientras el modelo entrena.</translation>
    </message>
    <message>
        <source>Examples per training step.</source>
        <translation>Ejemplos por paso de entrenamiento.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and the noise of the reparameterisation</source>
        <translation>los pesos iniciales, los lotes y el ruido de la reparametrización</translation>
    </message>
    <message>
        <source>The conv network halves the image twice, so the image size must be a multiple of 4, not {size}.</source>
        <translation>La red convolucional reduce la imagen a la mitad dos veces, así que el tamaño de imagen debe ser múltiplo de 4, no {size}.</translation>
    </message>
    <message>
        <source>every family&apos;s starting weights and batches, and of the training images picked</source>
        <translation>los pesos iniciales y los lotes de cada familia, y de las imágenes de entrenamiento elegidas</translation>
    </message>
    <message>
        <source>CUDA GPU ({name})</source>
        <translation>GPU CUDA ({name})</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU (1 hilo)</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU ({threads} hilos)</translation>
    </message>
    <message>
        <source>Samples that look like digits</source>
        <translation>Muestras que parecen dígitos</translation>
    </message>
    <message>
        <source>{name} is neither a .gif nor an .mp4 file: name the animation FILE.gif or FILE.mp4.</source>
        <translation>{name} no es ni un archivo .gif ni un .mp4: llama a la animación ARCHIVO.gif o ARCHIVO.mp4.</translation>
    </message>
    <message>
        <source>Writing MP4 needs PyAV, which is not installed: run {command}, or write a .gif.</source>
        <translation>Escribir MP4 necesita PyAV, que no está instalado: ejecuta {command}, o escribe un .gif.</translation>
    </message>
    <message>
        <source>There are no frames to write.</source>
        <translation>No hay fotogramas que escribir.</translation>
    </message>
    <message>
        <source>Train for a finite time above 0 seconds, not {seconds}.</source>
        <translation>Entrena durante un tiempo finito mayor que 0 segundos, no {seconds}.</translation>
    </message>
    <message>
        <source>Ask for at least 1 sample, not {n}.</source>
        <translation>Pide al menos 1 muestra, no {n}.</translation>
    </message>
    <message>
        <source>There is no sample {index} in the grid: pick one of the {count} shown.</source>
        <translation>No hay ninguna muestra {index} en la cuadrícula: elige una de las {count} que se muestran.</translation>
    </message>
    <message>
        <source>The digit judge needs images shaped (N, H, W); got {shape}.</source>
        <translation>El juez de dígitos necesita imágenes de forma (N, H, W); se recibió {shape}.</translation>
    </message>
    <message>
        <source>Samples of {values} values cannot be compared with training images of {training}.</source>
        <translation>Las muestras de {values} valores no se pueden comparar con imágenes de entrenamiento de {training}.</translation>
    </message>
    <message>
        <source>The copy rule needs at least two different training images.</source>
        <translation>La regla de copia necesita al menos dos imágenes de entrenamiento distintas.</translation>
    </message>
    <message>
        <source>Image size must be between {low} and {high} pixels, not {size}.</source>
        <translation>El tamaño de imagen debe estar entre {low} y {high} píxeles, no {size}.</translation>
    </message>
    <message>
        <source>Reading your own images needs the Pillow package: pip install pillow.</source>
        <translation>Para leer tus propias imágenes hace falta el paquete Pillow: pip install pillow.</translation>
    </message>
    <message>
        <source>{folder} is one of the system&apos;s folders under /proc or /sys, not a folder of images.</source>
        <translation>{folder} es una de las carpetas del sistema en /proc o /sys, no una carpeta de imágenes.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no PNG or JPEG images.</source>
        <translation>La carpeta {folder} no contiene imágenes PNG ni JPEG.</translation>
    </message>
    <message>
        <source>The folder {folder} holds {count} images; use at most {most}.</source>
        <translation>La carpeta {folder} contiene {count} imágenes; usa como mucho {most}.</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read ({large} of them over {megapixels:g} megapixels).</source>
        <translation>No se pudo leer ninguno de los {count} archivos de imagen de {folder} ({large} de ellos superan los {megapixels:g} megapíxeles).</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read.</source>
        <translation>No se pudo leer ninguno de los {count} archivos de imagen de {folder}.</translation>
    </message>
    <message>
        <source>Keeping every frame of {n:,} samples over {steps} steps would hold {millions:,.0f} million numbers, over the limit of {limit:g} million: ask for fewer samples or steps.</source>
        <translation>Guardar cada fotograma de {n:,} muestras a lo largo de {steps} pasos ocuparía {millions:,.0f} millones de números, por encima del límite de {limit:g} millones: pide menos muestras o pasos.</translation>
    </message>
    <message>
        <source>{name} does not match the model its settings describe.</source>
        <translation>{name} no coincide con el modelo que describen sus ajustes.</translation>
    </message>
    <message>
        <source>Unknown sampler &apos;{sampler}&apos;: choose ddpm or ddim.</source>
        <translation>Muestreador desconocido &apos;{sampler}&apos;: elige ddpm o ddim.</translation>
    </message>
    <message>
        <source>The number of sampling steps must be between 1 and T = {timesteps}, not {steps}.</source>
        <translation>El número de pasos de muestreo debe estar entre 1 y T = {timesteps}, no {steps}.</translation>
    </message>
    <message>
        <source>Unknown noise schedule &apos;{name}&apos;: choose linear or cosine.</source>
        <translation>Programa de ruido desconocido &apos;{name}&apos;: elige linear o cosine.</translation>
    </message>
    <message>
        <source>{name} has {count} example: a model needs at least 2 to learn from.</source>
        <translation>{name} tiene {count} ejemplo: un modelo necesita al menos 2 para aprender.</translation>
    </message>
    <message>
        <source>Real or fake? needs a data set of images.</source>
        <translation>¿Real o falsa? necesita un conjunto de datos de imágenes.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}, so training was paused: lower the learning rate and press Reset.</source>
        <translation>La pérdida se volvió {loss} en el paso {step}, así que el entrenamiento se pausó: baja la tasa de aprendizaje y pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}: lower the learning rate and try again.</source>
        <translation>La pérdida se volvió {loss} en el paso {step}: baja la tasa de aprendizaje e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A GAN samples in one step from noise, so it takes no {options} option.</source>
        <translation>Una GAN genera muestras en un solo paso a partir de ruido, así que no admite la opción {options}.</translation>
    </message>
    <message>
        <source>{name} does not match the GAN its settings describe.</source>
        <translation>{name} no coincide con la GAN que describen sus ajustes.</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error ({kind}: {error}). Press Reset.</source>
        <translation>Ha fallado por un error inesperado ({kind}: {error}). Pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {signal}). Press Reset to start again.</source>
        <translation>El proceso de entrenamiento se detuvo inesperadamente (terminado por la señal {signal}). Pulsa Reiniciar para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit status {status}). Press Reset to start again.</source>
        <translation>El proceso de entrenamiento se detuvo inesperadamente (código de salida {status}). Pulsa Reiniciar para empezar de nuevo.</translation>
    </message>
    <message>
        <source>There is no model yet: press Reset.</source>
        <translation>Todavía no hay ningún modelo: pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>The {lab} lab has no request called {name}.</source>
        <translation>El laboratorio {lab} no tiene ninguna petición llamada {name}.</translation>
    </message>
    <message>
        <source>The lesson&apos;s {lab} lab has no model file to put in it.</source>
        <translation>El laboratorio {lab} de la lección no tiene ningún archivo de modelo que poner en él.</translation>
    </message>
    <message>
        <source>The lesson written to {path} did not read back as written.</source>
        <translation>La lección escrita en {path} no se leyó de vuelta tal como se escribió.</translation>
    </message>
    <message>
        <source>{name} is not a genviz lesson, or it is damaged or cut short.</source>
        <translation>{name} no es una lección de genviz, o está dañada o incompleta.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: it holds no {manifest}.</source>
        <translation>{name} es un archivo zip pero no una lección de genviz: no contiene {manifest}.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which a lesson may not: a lesson holds only {manifest} and .safetensors model files, with plain names.</source>
        <translation>{name} contiene {member}, algo que una lección no puede contener: una lección solo contiene {manifest} y archivos de modelo .safetensors, con nombres simples.</translation>
    </message>
    <message>
        <source>{name} holds two members of the same name, which a lesson may not.</source>
        <translation>{name} contiene dos elementos con el mismo nombre, algo que una lección no puede tener.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {megabytes:g} MB, larger than a lesson may.</source>
        <translation>{name} ocupa más de {megabytes:g} MB al descomprimirse, más de lo que puede ocupar una lección.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which none of its labs uses.</source>
        <translation>{name} contiene {member}, que ninguno de sus laboratorios usa.</translation>
    </message>
    <message>
        <source>{name} names the model file {model} for its {lab} lab but does not hold it.</source>
        <translation>{name} nombra el archivo de modelo {model} para su laboratorio {lab}, pero no lo contiene.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: in its {lab} lab, {reason}</source>
        <translation>{name} no se puede abrir. En su laboratorio {lab}: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it is not JSON.</source>
        <translation>{name} tiene un {manifest} dañado: no es JSON.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: its {manifest} is not genviz&apos;s.</source>
        <translation>{name} es un archivo zip pero no una lección de genviz: su {manifest} no es de genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its format_version is not a whole number from 1.</source>
        <translation>{name} tiene un {manifest} dañado: su format_version no es un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (lesson format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} se escribió con un genviz más reciente (formato de lección {version}); este lee el formato {readable} o anteriores: actualiza genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its title is not a line of text.</source>
        <translation>{name} tiene un {manifest} dañado: su título no es una línea de texto.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names no labs.</source>
        <translation>{name} tiene un {manifest} dañado: no nombra ningún laboratorio.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its steps are not a list of at most {most}.</source>
        <translation>{name} tiene un {manifest} dañado: sus pasos no son una lista de como mucho {most}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: {key} is not text of at most {limit:,} characters.</source>
        <translation>{name} tiene un {manifest} dañado: {key} no es un texto de como mucho {limit:,} caracteres.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names a lab genviz does not have ({lab}).</source>
        <translation>{name} tiene un {manifest} dañado: nombra un laboratorio que genviz no tiene ({lab}).</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s model is not a plain file name ending in {suffix}.</source>
        <translation>{name} tiene un {manifest} dañado: el modelo de su laboratorio {lab} no es un nombre de archivo simple terminado en {suffix}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab hides something other than {hideable}.</source>
        <translation>{name} tiene un {manifest} dañado: su laboratorio {lab} oculta algo distinto de {hideable}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s font_scale is not a number from {low} to {high}.</source>
        <translation>{name} tiene un {manifest} dañado: el font_scale de su laboratorio {lab} no es un número de {low} a {high}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s lab is not a lab&apos;s name.</source>
        <translation>{name} tiene un {manifest} dañado: el laboratorio de un paso no es el nombre de un laboratorio.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s timeline step is neither a whole number from 0 nor &quot;{now}&quot;.</source>
        <translation>{name} tiene un {manifest} dañado: el paso de la línea de tiempo de un paso no es ni un número entero a partir de 0 ni &quot;{now}&quot;.</translation>
    </message>
    <message>
        <source>{name} names a lab twice: a lesson holds one model per lab.</source>
        <translation>{name} nombra un laboratorio dos veces: una lección contiene un modelo por laboratorio.</translation>
    </message>
    <message>
        <source>{name} gives two labs the same model file.</source>
        <translation>{name} da el mismo archivo de modelo a dos laboratorios.</translation>
    </message>
    <message>
        <source>{name} gives its {lab} lab a prompt, but only the text lab has one.</source>
        <translation>{name} da un texto inicial a su laboratorio {lab}, pero solo el laboratorio de texto tiene uno.</translation>
    </message>
    <message>
        <source>{name} says its {lab} lab shows {data}, but its model learnt {learnt}.</source>
        <translation>{name} dice que su laboratorio {lab} muestra {data}, pero su modelo aprendió {learnt}.</translation>
    </message>
    <message>
        <source>Step {index} of {name} shows the {lab} lab, which the lesson does not hold.</source>
        <translation>El paso {index} de {name} muestra el laboratorio {lab}, que la lección no contiene.</translation>
    </message>
    <message>
        <source>Step {index} of {name} sets a prompt in the {lab} lab, but only the text lab has one.</source>
        <translation>El paso {index} de {name} pone un texto inicial en el laboratorio {lab}, pero solo el laboratorio de texto tiene uno.</translation>
    </message>
    <message>
        <source>Step {index} of {name} enlarges the panel {panel}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>El paso {index} de {name} amplía el panel {panel}, que el laboratorio {lab} no tiene: sus paneles son {panels}.</translation>
    </message>
    <message>
        <source>{name} has no steps: begin each step with a line starting with &apos;## &apos;.</source>
        <translation>{name} no tiene pasos: empieza cada paso con una línea que comience por &apos;## &apos;.</translation>
    </message>
    <message>
        <source>{name} shows the {lab} lab in its step {heading}, but no --model is of that lab ({labs}).</source>
        <translation>{name} muestra el laboratorio {lab} en su paso {heading}, pero ningún --model es de ese laboratorio ({labs}).</translation>
    </message>
    <message>
        <source>{name} gives the step {heading} the timeline step {step}: write a whole number or now.</source>
        <translation>{name} da al paso {heading} el paso de la línea de tiempo {step}: escribe un número entero o now.</translation>
    </message>
    <message>
        <source>{name} enlarges the panel {panel} in its step {heading}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>{name} amplía el panel {panel} en su paso {heading}, que el laboratorio {lab} no tiene: sus paneles son {panels}.</translation>
    </message>
    <message>
        <source>{name} has a state line genviz cannot read ({line}): write it as {example}</source>
        <translation>{name} tiene una línea de estado que genviz no puede leer ({line}): escríbela así: {example}</translation>
    </message>
    <message>
        <source>{name} keeps no training timeline (it was saved without its history), so it has no earlier steps.</source>
        <translation>{name} no guarda línea de tiempo de entrenamiento (se guardó sin su historial), así que no tiene pasos anteriores.</translation>
    </message>
    <message>
        <source>The model file written to {path} did not read back as written.</source>
        <translation>El archivo de modelo escrito en {path} no se leyó de vuelta tal como se escribió.</translation>
    </message>
    <message>
        <source>{name} is not a genviz model file, or it is damaged or cut short.</source>
        <translation>{name} no es un archivo de modelo de genviz, o está dañado o incompleto.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>No hay ningún archivo de modelo en {path}.</translation>
    </message>
    <message>
        <source>{name} is a safetensors file but was not written by genviz.</source>
        <translation>{name} es un archivo safetensors, pero no lo escribió genviz.</translation>
    </message>
    <message>
        <source>{name} has damaged genviz metadata.</source>
        <translation>{name} tiene metadatos de genviz dañados.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (model format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} se escribió con un genviz más reciente (formato de modelo {version}); este lee el formato {readable} o anteriores: actualiza genviz.</translation>
    </message>
    <message>
        <source>{name} holds a kind of model this genviz does not know ({lab}).</source>
        <translation>{name} contiene un tipo de modelo que este genviz no conoce ({lab}).</translation>
    </message>
    <message>
        <source>{name} holds a {lab} model, not a {expected} model.</source>
        <translation>{name} contiene un modelo {lab}, no un modelo {expected}.</translation>
    </message>
    <message>
        <source>{name} has damaged loss curves.</source>
        <translation>{name} tiene curvas de pérdida dañadas.</translation>
    </message>
    <message>
        <source>{name} has a damaged tracked quantity.</source>
        <translation>{name} tiene una magnitud seguida dañada.</translation>
    </message>
    <message>
        <source>{name} has a damaged training timeline.</source>
        <translation>{name} tiene una línea de tiempo de entrenamiento dañada.</translation>
    </message>
    <message>
        <source>{name} cannot be used: the model&apos;s weights are damaged (some are NaN or infinite).</source>
        <translation>{name} no se puede usar: los pesos del modelo están dañados (algunos son NaN o infinitos).</translation>
    </message>
    <message>
        <source>{name} has a damaged setting: {setting} is {value}, which is not {kind}.</source>
        <translation>{name} tiene un ajuste dañado: {setting} vale {value}, que no es {kind}.</translation>
    </message>
    <message>
        <source>{name} has settings genviz cannot use: {reason}</source>
        <translation>{name} tiene ajustes que genviz no puede usar: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged step count.</source>
        <translation>{name} tiene un número de pasos dañado.</translation>
    </message>
    <message>
        <source>A Pixels model draws one pixel at a time, so it takes no {options} option (those are for diffusion models).</source>
        <translation>Un modelo Pixels dibuja un píxel cada vez, así que no admite la opción {options} (esas son para modelos de difusión).</translation>
    </message>
    <message>
        <source>The temperature must be from {low:g} to {high:g}, not {value:g}.</source>
        <translation>La temperatura debe estar entre {low:g} y {high:g}, no {value:g}.</translation>
    </message>
    <message>
        <source>{name} does not say the size of its images.</source>
        <translation>{name} no indica el tamaño de sus imágenes.</translation>
    </message>
    <message>
        <source>{name} has a damaged image size.</source>
        <translation>{name} tiene un tamaño de imagen dañado.</translation>
    </message>
    <message>
        <source>{name} does not match the Pixels model its settings describe.</source>
        <translation>{name} no coincide con el modelo Pixels que describen sus ajustes.</translation>
    </message>
    <message>
        <source>The Pixels lab draws images, and {name} is a set of 2-D points: choose the digits, MNIST, Fashion-MNIST or a folder of images.</source>
        <translation>El laboratorio Pixels dibuja imágenes, y {name} es un conjunto de puntos 2D: elige los dígitos, MNIST, Fashion-MNIST o una carpeta de imágenes.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two images: the Pixels lab needs more.</source>
        <translation>El conjunto de datos {name} tiene menos de dos imágenes: el laboratorio Pixels necesita más.</translation>
    </message>
    <message>
        <source>{name} draws images of another size than the {height} × {width} images of {data}.</source>
        <translation>{name} dibuja imágenes de otro tamaño que las imágenes de {height} × {width} de {data}.</translation>
    </message>
    <message>
        <source>The Pixels lab reads images of {height} × {width} pixels; these are shaped {shape}.</source>
        <translation>El laboratorio Pixels lee imágenes de {height} × {width} píxeles; estas tienen la forma {shape}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>una tubería (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>{path} is one of the system&apos;s files under /proc or /sys, not a file genviz can read.</source>
        <translation>{path} es uno de los archivos del sistema en /proc o /sys, no un archivo que genviz pueda leer.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>El archivo {path} no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file.</source>
        <translation>{path} es {kind}, no un archivo.</translation>
    </message>
    <message>
        <source>The file {path} is {size:.1f} MB, larger than the limit of {limit:g} MB.</source>
        <translation>El archivo {path} ocupa {size:.1f} MB, más que el límite de {limit:g} MB.</translation>
    </message>
    <message>
        <source>The file {path} is larger than the limit of {limit:g} MB.</source>
        <translation>El archivo {path} supera el límite de {limit:g} MB.</translation>
    </message>
    <message>
        <source>{path} is under /proc or /sys, where genviz never writes.</source>
        <translation>{path} está en /proc o /sys, donde genviz nunca escribe.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {folder} is a file, not a folder.</source>
        <translation>{path} no se puede escribir: {folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} no se puede escribir ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} es una carpeta: da el nombre de un archivo que escribir.</translation>
    </message>
    <message>
        <source>{path} is {kind}, which genviz never writes over: give the name of a file.</source>
        <translation>{path} es {kind}, algo que genviz nunca sobrescribe: da el nombre de un archivo.</translation>
    </message>
    <message>
        <source>{path} is also an input of this command: choose another output file so it is not overwritten.</source>
        <translation>{path} también es una entrada de esta orden: elige otro archivo de salida para que no se sobrescriba.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another output file.</source>
        <translation>La carpeta {folder} no existe: créala primero o elige otro archivo de salida.</translation>
    </message>
    <message>
        <source>genviz cannot write in the folder {folder} ({reason}).</source>
        <translation>genviz no puede escribir en la carpeta {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing there was changed.</source>
        <translation>{path} no se pudo escribir ({reason}); no se cambió nada allí.</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high:g}, not {value:g}.</source>
        <translation>La temperatura debe estar entre {low} y {high:g}, no {value:g}.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens, not {value}.</source>
        <translation>Top-k debe ser 0 (desactivado) o un número positivo de tokens, no {value}.</translation>
    </message>
    <message>
        <source>Top-p must be above 0 and at most 1, not {value:g}.</source>
        <translation>Top-p debe ser mayor que 0 y como mucho 1, no {value:g}.</translation>
    </message>
    <message>
        <source>{name} holds a damaged tokenizer.</source>
        <translation>{name} contiene un tokenizador dañado.</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s vocabulary is damaged.</source>
        <translation>El vocabulario del tokenizador está dañado.</translation>
    </message>
    <message>
        <source>The text has no tokens to learn a vocabulary from.</source>
        <translation>El texto no tiene tokens de los que aprender un vocabulario.</translation>
    </message>
    <message>
        <source>A vocabulary needs room for at least one token besides {unknown}.</source>
        <translation>Un vocabulario necesita sitio para al menos un token además de {unknown}.</translation>
    </message>
    <message>
        <source>The saved tokenizer is damaged.</source>
        <translation>El tokenizador guardado está dañado.</translation>
    </message>
    <message>
        <source>The saved tokenizer is of an unknown kind ({kind}).</source>
        <translation>El tokenizador guardado es de un tipo desconocido ({kind}).</translation>
    </message>
    <message>
        <source>The saved tokenizer was made by a newer genviz; please update genviz to open it.</source>
        <translation>El tokenizador guardado se creó con un genviz más reciente; actualiza genviz para abrirlo.</translation>
    </message>
    <message>
        <source>The training timeline does not match this model: its checkpoints hold other weights.</source>
        <translation>La línea de tiempo de entrenamiento no corresponde a este modelo: sus puntos de control contienen otros pesos.</translation>
    </message>
    <message>
        <source>Ask for at least one sample, not {n}.</source>
        <translation>Pide al menos una muestra, no {n}.</translation>
    </message>
    <message>
        <source>A VAE samples in one decoding step, so it takes no {options} option (those are for diffusion models).</source>
        <translation>Un VAE genera muestras en un solo paso de decodificación, así que no admite la opción {options} (esas son para modelos de difusión).</translation>
    </message>
    <message>
        <source>{name} does not match the VAE its settings describe.</source>
        <translation>{name} no coincide con el VAE que describen sus ajustes.</translation>
    </message>
    <message>
        <source>The conv network reads images: choose mlp for the 2-D point sets.</source>
        <translation>La red convolucional lee imágenes: elige mlp para los conjuntos de puntos 2D.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two examples: a VAE needs more.</source>
        <translation>El conjunto de datos {name} tiene menos de dos ejemplos: un VAE necesita más.</translation>
    </message>
    <message>
        <source>Those examples are not in this data set: pick two points on the latent map again.</source>
        <translation>Esos ejemplos no están en este conjunto de datos: vuelve a elegir dos puntos en el mapa latente.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>generator (G)</source>
        <translation>generador (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>discriminador (D)</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>reconstruction + β · KL</source>
        <translation>reconstrucción + β · KL</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>nats por ejemplo</translation>
    </message>
    <message>
        <source>noise guess error</source>
        <translation>error de predicción del ruido</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>pérdida (ECM)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>nats por píxel</translation>
    </message>
    <message>
        <source>The duel: the discriminator&apos;s loss (D, blue: telling real from fake) and the generator&apos;s (G, red: fooling it), in nats. Neither goes to zero while both learn.</source>
        <translation>El duelo: la pérdida del discriminador (D, azul: distinguir lo real de lo falso) y la del generador (G, rojo: engañarlo), en nats. Ninguna llega a cero mientras ambos aprenden.</translation>
    </message>
    <message>
        <source>How badly a decoded example matches the real one, plus β times how far its code is from N(0, I): the negative evidence lower bound, in nats per example.</source>
        <translation>Lo mal que un ejemplo decodificado se parece al real, más β veces lo lejos que está su código de N(0, I): la cota inferior de la evidencia cambiada de signo, en nats por ejemplo.</translation>
    </message>
    <message>
        <source>How far the denoiser&apos;s guess of the added noise is from the real noise (mean squared error), at a random noise level each step; the solid line is its moving average.</source>
        <translation>Cuánto se aleja la predicción del ruido añadido que hace el eliminador de ruido del ruido real (error cuadrático medio, ECM), con un nivel de ruido aleatorio en cada paso; la línea continua es su media móvil.</translation>
    </message>
    <message>
        <source>How surprised the transformer is by each true pixel, given the pixels before it (cross-entropy in nats per pixel); the solid line is its moving average.</source>
        <translation>Cuánto le sorprende al transformer cada píxel verdadero, dados los píxeles anteriores (entropía cruzada en nats por píxel); la línea continua es su media móvil.</translation>
    </message>
    <message>
        <source>Samples (fixed seed)</source>
        <translation>Muestras (semilla fija)</translation>
    </message>
    <message>
        <source>Sixteen samples from the same random numbers every time, so you watch the same samples improve as the family trains. Click one to ask: is it a copy of a training image?</source>
        <translation>Dieciséis muestras a partir de los mismos números aleatorios cada vez, para ver cómo mejoran las mismas muestras mientras la familia entrena. Haz clic en una para preguntar: ¿es una copia de una imagen de entrenamiento?</translation>
    </message>
    <message>
        <source>A grid of sixteen samples of this family, four by four, made from the same random numbers every time.</source>
        <translation>Una cuadrícula de dieciséis muestras de esta familia, cuatro por cuatro, generadas a partir de los mismos números aleatorios cada vez.</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>A scatter plot of the family&apos;s points in the plane.</source>
        <translation>Un diagrama de dispersión de los puntos de la familia en el plano.</translation>
    </message>
    <message>
        <source>The {family} family: {how}</source>
        <translation>La familia {family}: {how}</translation>
    </message>
    <message>
        <source>starting its training process…</source>
        <translation>iniciando su proceso de entrenamiento…</translation>
    </message>
    <message>
        <source>Training steps so far (weight updates), and how many images it trains on: the same for every family.</source>
        <translation>Pasos de entrenamiento hasta ahora (actualizaciones de pesos) y con cuántas imágenes entrena: lo mismo para todas las familias.</translation>
    </message>
    <message>
        <source>How this family makes a new sample.</source>
        <translation>Cómo genera esta familia una nueva muestra.</translation>
    </message>
    <message>
        <source>Points from the same random numbers every time. Click one to ask: is it a copy of a training point?</source>
        <translation>Puntos a partir de los mismos números aleatorios cada vez. Haz clic en uno para preguntar: ¿es una copia de un punto de entrenamiento?</translation>
    </message>
    <message>
        <source>How one sample is made, step by step: Play below runs every family&apos;s together. Diffusion removes noise over many steps, Pixels adds one pixel per step, a GAN or VAE makes it in a single pass.</source>
        <translation>Cómo se genera una muestra, paso a paso: Reproducir, abajo, ejecuta todas las familias a la vez. Difusión quita ruido a lo largo de muchos pasos, Píxeles añade un píxel por paso, una GAN o un VAE la genera en una sola pasada.</translation>
    </message>
    <message>
        <source>How one is made</source>
        <translation>Cómo se genera una</translation>
    </message>
    <message>
        <source>One sample of this family as it is being made, at the step the player below shows.</source>
        <translation>Una muestra de esta familia mientras se genera, en el paso que muestra el reproductor de abajo.</translation>
    </message>
    <message>
        <source>How they are made</source>
        <translation>Cómo se generan</translation>
    </message>
    <message>
        <source>step — of —</source>
        <translation>paso — de —</translation>
    </message>
    <message>
        <source>Network evaluations so far of all this family needs to make a sample: the cost of one sample.</source>
        <translation>Evaluaciones de la red hasta ahora, del total que necesita esta familia para generar una muestra: el coste de una muestra.</translation>
    </message>
    <message>
        <source>Loss: G red, D blue</source>
        <translation>Pérdida: G rojo, D azul</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>A line chart of this family&apos;s training loss against the training step.</source>
        <translation>Un gráfico de líneas de la pérdida de entrenamiento de esta familia frente al paso de entrenamiento.</translation>
    </message>
    <message>
        <source>starting its session…</source>
        <translation>iniciando su sesión…</translation>
    </message>
    <message>
        <source>stopped: {message}</source>
        <translation>detenido: {message}</translation>
    </message>
    <message>
        <source>step {steps} · {count} training points</source>
        <translation>paso {steps} · {count} puntos de entrenamiento</translation>
    </message>
    <message>
        <source>step {steps} · {count} training images</source>
        <translation>paso {steps} · {count} imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>step {done} of {steps}: done</source>
        <translation>paso {done} de {steps}: terminado</translation>
    </message>
    <message>
        <source>step {done} of {steps}</source>
        <translation>paso {done} de {steps}</translation>
    </message>
    <message>
        <source>A new comparison began before the answer came.</source>
        <translation>Empezó una nueva comparación antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>The {family} family is not running: press New comparison.</source>
        <translation>La familia {family} no está en marcha: pulsa Nueva comparación.</translation>
    </message>
    <message>
        <source>The Compare lab trains several models at once: train one in its own lab to save it, or save them all with genviz compare --out FOLDER.</source>
        <translation>El laboratorio Comparar entrena varios modelos a la vez: entrena uno en su propio laboratorio para guardarlo, o guárdalos todos con genviz compare --out FOLDER.</translation>
    </message>
    <message>
        <source>The Compare lab has no family called {family} running.</source>
        <translation>El laboratorio Comparar no tiene en marcha ninguna familia llamada {family}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>{family}: {message}</source>
        <translation>{family}: {message}</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}.</source>
        <translation>Una copia: su ejemplo de entrenamiento más cercano está a una distancia de {nearest}.</translation>
    </message>
    <message>
        <source>New: its nearest training example is at distance {nearest}.</source>
        <translation>Nueva: su ejemplo de entrenamiento más cercano está a una distancia de {nearest}.</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}, only {ratio} of the distance to the second nearest ({second}); the rule calls a sample a copy below 1/3.</source>
        <translation>Una copia: su ejemplo de entrenamiento más cercano está a una distancia de {nearest}, solo {ratio} de la distancia al segundo más cercano ({second}); la regla considera copia una muestra por debajo de 1/3.</translation>
    </message>
    <message>
        <source>Not a copy: its nearest training example is at distance {nearest}, {ratio} of the distance to the second nearest ({second}); a copy would be below 1/3.</source>
        <translation>No es una copia: su ejemplo de entrenamiento más cercano está a una distancia de {nearest}, {ratio} de la distancia al segundo más cercano ({second}); una copia estaría por debajo de 1/3.</translation>
    </message>
    <message>
        <source>Click any sample in a family&apos;s grid to set it beside its three nearest training images.</source>
        <translation>Haz clic en cualquier muestra de la cuadrícula de una familia para ponerla junto a sus tres imágenes de entrenamiento más cercanas.</translation>
    </message>
    <message>
        <source>Is it a copy?</source>
        <translation>¿Es una copia?</translation>
    </message>
    <message>
        <source>An art student who studied 1,000 paintings should paint something that is not a copy of any of them. The same test for a model: is its sample much closer to one training image than to any other?</source>
        <translation>Un estudiante de arte que ha estudiado 1000 cuadros debería pintar algo que no sea copia de ninguno. La misma prueba para un modelo: ¿está su muestra mucho más cerca de una imagen de entrenamiento que de cualquier otra?</translation>
    </message>
    <message>
        <source>The copy rule (Gu et al. 2023): a sample is a copy when its nearest training image is closer than 1/3 of the distance to the second nearest, in pixel space.</source>
        <translation>La regla de copia (Gu et al. 2023): una muestra es una copia cuando su imagen de entrenamiento más cercana está a menos de 1/3 de la distancia a la segunda más cercana, en el espacio de píxeles.</translation>
    </message>
    <message>
        <source>Sample, then its nearest 3</source>
        <translation>Muestra y sus 3 más cercanas</translation>
    </message>
    <message>
        <source>Left: the sample you clicked. Right: the three training images closest to it, nearest first, each with its distance in pixel space (the square root of the summed squared differences).</source>
        <translation>Izquierda: la muestra en la que hiciste clic. Derecha: las tres imágenes de entrenamiento más cercanas a ella, la más cercana primero, cada una con su distancia en el espacio de píxeles (la raíz cuadrada de la suma de las diferencias al cuadrado).</translation>
    </message>
    <message>
        <source>The sample you clicked, then the three training images nearest to it, each with its distance.</source>
        <translation>La muestra en la que hiciste clic y luego las tres imágenes de entrenamiento más cercanas a ella, cada una con su distancia.</translation>
    </message>
    <message>
        <source>How close to a training image?</source>
        <translation>¿Qué tan cerca de una imagen de entrenamiento?</translation>
    </message>
    <message>
        <source>distance in pixel space</source>
        <translation>distancia en el espacio de píxeles</translation>
    </message>
    <message>
        <source>share of images</source>
        <translation>fracción de imágenes</translation>
    </message>
    <message>
        <source>How far each sample is from its nearest training image (blue), beside the same for real examples the family never trained on (orange). A family that memorised piles up near 0, left of the real examples; one that learned patterns overlaps them. The dashed line marks the sample you clicked.</source>
        <translation>Lo lejos que está cada muestra de su imagen de entrenamiento más cercana (azul), junto a lo mismo para ejemplos reales con los que la familia nunca entrenó (naranja). Una familia que memorizó se acumula cerca de 0, a la izquierda de los ejemplos reales; una que aprendió patrones se solapa con ellos. La línea discontinua marca la muestra en la que hiciste clic.</translation>
    </message>
    <message>
        <source>Two histograms of the distance to the nearest training image: one for the family&apos;s samples, one for held-out real examples.</source>
        <translation>Dos histogramas de la distancia a la imagen de entrenamiento más cercana: uno para las muestras de la familia y otro para ejemplos reales de validación.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>held-out real examples</source>
        <translation>ejemplos reales de validación</translation>
    </message>
    <message>
        <source>{family}, sample {number}: looking for its nearest training images…</source>
        <translation>{family}, muestra {number}: buscando sus imágenes de entrenamiento más cercanas…</translation>
    </message>
    <message>
        <source>{family}, sample {number}. {verdict}</source>
        <translation>{family}, muestra {number}. {verdict}</translation>
    </message>
    <message>
        <source>{family}&apos;s samples</source>
        <translation>Muestras de {family}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Make one sample of every family side by side, one network evaluation per tick: see which approach takes how many steps.</source>
        <translation>Generar una muestra de cada familia, una junto a otra, con una evaluación de la red por tic: mira qué enfoque necesita cuántos pasos.</translation>
    </message>
    <message>
        <source>One network evaluation back.</source>
        <translation>Una evaluación de la red hacia atrás.</translation>
    </message>
    <message>
        <source>One evaluation back</source>
        <translation>Una evaluación atrás</translation>
    </message>
    <message>
        <source>One network evaluation further.</source>
        <translation>Una evaluación de la red más.</translation>
    </message>
    <message>
        <source>One evaluation further</source>
        <translation>Una evaluación adelante</translation>
    </message>
    <message>
        <source>Drag to any point of the generation: every family shows how far it has got after this many evaluations of its network.</source>
        <translation>Arrastra hasta cualquier punto de la generación: cada familia muestra hasta dónde ha llegado tras este número de evaluaciones de su red.</translation>
    </message>
    <message>
        <source>Network evaluations shown</source>
        <translation>Evaluaciones de la red mostradas</translation>
    </message>
    <message>
        <source>Network evaluations so far: each is one pass through a family&apos;s network.</source>
        <translation>Evaluaciones de la red hasta ahora: cada una es una pasada por la red de una familia.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>{shown} of {total} evaluations</source>
        <translation>{shown} de {total} evaluaciones</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>Copies
(samples)</source>
        <translation>Copias
(muestras)</translation>
    </message>
    <message>
        <source>The share of samples that are near-copies of a training image: its nearest training image is closer than a third of the distance to the second nearest, in pixel space (Gu et al. 2023). A model that learned patterns stays near the real examples&apos; share; one that memorised hands back copies.</source>
        <translation>La fracción de muestras que son casi copias de una imagen de entrenamiento: su imagen de entrenamiento más cercana está a menos de un tercio de la distancia a la segunda más cercana, en el espacio de píxeles (Gu et al. 2023). Un modelo que aprendió patrones se queda cerca de la fracción de los ejemplos reales; uno que memorizó devuelve copias.</translation>
    </message>
    <message>
        <source>Copies
(real)</source>
        <translation>Copias
(reales)</translation>
    </message>
    <message>
        <source>The same copy rule applied to real examples the families never trained on, against the training images: the share a model that makes new images should be near.</source>
        <translation>La misma regla de copia aplicada a ejemplos reales con los que las familias nunca entrenaron, frente a las imágenes de entrenamiento: la fracción a la que debería acercarse un modelo que genera imágenes nuevas.</translation>
    </message>
    <message>
        <source>ms per
sample</source>
        <translation>ms por
muestra</translation>
    </message>
    <message>
        <source>Milliseconds to make one sample (in a batch, all the samples judged at once) on this machine while the others train: a GAN or VAE makes it in one pass, diffusion and Pixels in many.</source>
        <translation>Milisegundos para hacer una muestra (en lote, todas las muestras juzgadas a la vez) en este equipo mientras los demás entrenan: una GAN o un VAE la hace en una pasada, la difusión y Pixels en muchas.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>How many numbers the family&apos;s networks learn.</source>
        <translation>Cuántos números aprenden las redes de la familia.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Training steps the family had taken when these figures were measured. All train for the same time, so a slower step means fewer of them.</source>
        <translation>Pasos de entrenamiento que la familia había dado cuando se midieron estas cifras. Todas entrenan durante el mismo tiempo, así que un paso más lento significa menos pasos.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>How recognisable the samples are: the share that a digit classifier (trained in the app on real digits) names with at least 90% confidence, divided by the same share for real digits it never saw. 1 means as recognisable as real digits.</source>
        <translation>Qué tan reconocibles son las muestras: la fracción que un clasificador de dígitos (entrenado en la aplicación con dígitos reales) identifica con al menos un 90 % de confianza, dividida por la misma fracción para dígitos reales que nunca vio. 1 significa tan reconocibles como los dígitos reales.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>How many of the 10 digits make up at least 1% of the confidently named samples: a family that makes only some digits has missed the others.</source>
        <translation>Cuántos de los 10 dígitos forman al menos el 1 % de las muestras identificadas con confianza: una familia que solo genera algunos dígitos se ha perdido los demás.</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>Uniformidad</translation>
    </message>
    <message>
        <source>How evenly the samples spread over the digits: the entropy of their histogram divided by log 10. 1 when every digit comes out equally often, 0 when only one does.</source>
        <translation>Con qué uniformidad se reparten las muestras entre los dígitos: la entropía de su histograma dividida por log 10. 1 cuando todos los dígitos salen con la misma frecuencia, 0 cuando solo sale uno.</translation>
    </message>
    <message>
        <source>Modes
covered</source>
        <translation>Modas
cubiertas</translation>
    </message>
    <message>
        <source>How many of the data set&apos;s blobs (modes) have samples near them: a family that covers only some has collapsed onto those.</source>
        <translation>Cuántas manchas (modas) del conjunto de datos tienen muestras cerca: una familia que solo cubre algunas ha colapsado en ellas.</translation>
    </message>
    <message>
        <source>Near
a mode</source>
        <translation>Cerca de
una moda</translation>
    </message>
    <message>
        <source>The share of samples close to one of the blobs: the rest fell between them.</source>
        <translation>La fracción de muestras cercanas a una de las manchas: el resto cayó entre ellas.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Each family trains on the same data, for the same time, with a fair share of the cores.</source>
        <translation>Cada familia entrena con los mismos datos, durante el mismo tiempo, con una parte justa de los núcleos.</translation>
    </message>
    <message>
        <source>Each family&apos;s first figures come some seconds after it starts training, then new ones every few seconds.</source>
        <translation>Las primeras cifras de cada familia llegan unos segundos después de que empiece a entrenar, y luego otras nuevas cada pocos segundos.</translation>
    </message>
    <message>
        <source>The figures of each family, measured again every few seconds from new samples while they train: rest the mouse on a family&apos;s name for how many. Rest it on a column&apos;s header to read what it means.</source>
        <translation>Las cifras de cada familia, medidas de nuevo cada pocos segundos con muestras nuevas mientras entrenan: deja el ratón sobre el nombre de una familia para ver cuántas. Déjalo sobre el encabezado de una columna para leer qué significa.</translation>
    </message>
    <message>
        <source>{tip} These figures: {count} samples, after {steps} training steps.</source>
        <translation>{tip} Estas cifras: {count} muestras, tras {steps} pasos de entrenamiento.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Learns patterns (all digits)</source>
        <translation>Aprende patrones (todos los dígitos)</translation>
    </message>
    <message>
        <source>Every family trains on all 1,797 digits, then trains at once. With that many it cannot learn them by heart: watch the copies column stay near the real digits&apos; baseline, and Is it a copy? say New.</source>
        <translation>Cada familia entrena con los 1797 dígitos y empieza a entrenar de inmediato. Con tantos no puede aprenderlos de memoria: mira cómo la columna de copias se queda cerca de la referencia de los dígitos reales y cómo ¿Es una copia? dice Nueva.</translation>
    </message>
    <message>
        <source>Memorises (16 digits)</source>
        <translation>Memoriza (16 dígitos)</translation>
    </message>
    <message>
        <source>Every family trains on only 16 digits, then trains at once. With so few, a model can learn each by heart and hand it back: watch the copies column climb, diffusion&apos;s first, and click a sample to see its twin.</source>
        <translation>Cada familia entrena con solo 16 dígitos y empieza a entrenar de inmediato. Con tan pocos, un modelo puede aprender cada uno de memoria y devolverlo: mira cómo sube la columna de copias, primero la de Difusión, y haz clic en una muestra para ver su gemela.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>The data every family learns, the same for all. Open or drop a folder of images to add it here. With a 2-D set the table counts the modes found instead of the digits recognised.</source>
        <translation>Los datos que aprende cada familia, los mismos para todas. Abre o suelta aquí una carpeta de imágenes para añadirla. Con un conjunto 2-D, la tabla cuenta las modas encontradas en lugar de los dígitos reconocidos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Every setting above back to its default: all four families on all the built-in digits, seed 0. The comparison that is training keeps its settings until you press New comparison.</source>
        <translation>Todos los ajustes de arriba vuelven a su valor predeterminado: las cuatro familias con todos los dígitos incluidos, semilla 0. La comparación que está entrenando conserva sus ajustes hasta que pulses Nueva comparación.</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>Nueva comparación</translation>
    </message>
    <message>
        <source>Presets: patterns or copies?</source>
        <translation>Preajustes: ¿patrones o copias?</translation>
    </message>
    <message>
        <source>{how} It draws images pixel by pixel, so it sits out a 2-D set.</source>
        <translation>{how} Dibuja imágenes píxel a píxel, así que no participa con un conjunto 2-D.</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exportar tabla como CSV…</translation>
    </message>
    <message>
        <source>Save the table&apos;s figures, unrounded, as a CSV file for a spreadsheet.</source>
        <translation>Guardar las cifras de la tabla, sin redondear, como archivo CSV para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The Compare lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>El laboratorio Comparar aprende de una carpeta de imágenes: suelta la carpeta que contiene {name}, no el archivo.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>held-out real points</source>
        <translation>puntos reales de validación</translation>
    </message>
    <message>
        <source>held-out real digits</source>
        <translation>dígitos reales de validación</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>Exportar la tabla de resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>diffusion</name>
    <message>
        <source>t = …</source>
        <translation>t = …</translation>
    </message>
    <message>
        <source>t={t}</source>
        <translation>t={t}</translation>
    </message>
    <message>
        <source>x_t</source>
        <translation>x_t</translation>
    </message>
    <message>
        <source>Forward process: noise added step by step</source>
        <translation>Proceso directo: ruido añadido paso a paso</translation>
    </message>
    <message>
        <source>Training never runs this chain step by step: x_t can be made from x_0 in one jump, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) noise.</source>
        <translation>El entrenamiento nunca recorre esta cadena paso a paso: x_t puede obtenerse de x_0 de un salto, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) ruido.</translation>
    </message>
    <message>
        <source>The same training example with more and more noise: x_0 is the data, x_T is practically pure noise. The model learns to undo one bit of this at a time.</source>
        <translation>El mismo ejemplo de entrenamiento con cada vez más ruido: x_0 son los datos, x_T es prácticamente ruido puro. El modelo aprende a deshacer un poco de esto cada vez.</translation>
    </message>
    <message>
        <source>x_0 … x_T: one training image</source>
        <translation>x_0 … x_T: una imagen de entrenamiento</translation>
    </message>
    <message>
        <source>x_0 … x_T: the data set</source>
        <translation>x_0 … x_T: el conjunto de datos</translation>
    </message>
    <message>
        <source>x_t at the slider&apos;s t. For 2-D data the arrows show what the model has learned so far: the direction it would move a point found there at this noise level (minus its noise guess).</source>
        <translation>x_t en el t del control deslizante. Para datos 2-D, las flechas muestran lo que el modelo ha aprendido hasta ahora: la dirección en la que movería un punto situado allí con este nivel de ruido (menos su predicción del ruido).</translation>
    </message>
    <message>
        <source>signal kept √ᾱ_t</source>
        <translation>señal conservada √ᾱ_t</translation>
    </message>
    <message>
        <source>noise added √(1−ᾱ_t)</source>
        <translation>ruido añadido √(1−ᾱ_t)</translation>
    </message>
    <message>
        <source>data x_0</source>
        <translation>datos x_0</translation>
    </message>
    <message>
        <source>where the model would move a point at this t (live)</source>
        <translation>hacia dónde movería el modelo un punto en este t (en vivo)</translation>
    </message>
    <message>
        <source>Noise schedule</source>
        <translation>Programa de ruido</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>paso temporal t</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>desviación estándar</translation>
    </message>
    <message>
        <source>How much of x_0 is left in x_t (signal, sqrt(alpha_bar)) and how much noise is in it (sqrt(1 - alpha_bar)). Their squares add up to 1, so x_t keeps the data&apos;s scale.</source>
        <translation>Cuánto de x_0 queda en x_t (señal, sqrt(alpha_bar)) y cuánto ruido contiene (sqrt(1 - alpha_bar)). Sus cuadrados suman 1, así que x_t conserva la escala de los datos.</translation>
    </message>
    <message>
        <source>Two curves over the timesteps: the share of the data kept, falling from 1, and the noise added, rising to 1; a vertical line marks the slider&apos;s t.</source>
        <translation>Dos curvas a lo largo de los pasos temporales: la fracción de los datos conservada, que baja desde 1, y el ruido añadido, que sube hasta 1; una línea vertical marca el t del control deslizante.</translation>
    </message>
    <message>
        <source>Choose t, the noise level shown above and marked on the schedule.</source>
        <translation>Elige t, el nivel de ruido que se muestra arriba y se marca en el programa.</translation>
    </message>
    <message>
        <source>Timestep t</source>
        <translation>Paso temporal t</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t = {t} of {total}: signal kept {signal}, noise added {noise}</source>
        <translation>t = {t} de {total}: señal conservada {signal}, ruido añadido {noise}</translation>
    </message>
    <message>
        <source>x_t at t = {t}</source>
        <translation>x_t en t = {t}</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>pérdida (ECM)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>How far the network&apos;s noise guess is from the noise really added (mean squared error), averaged over a batch whose examples each get a random t (faint line; the solid line is its moving average). Guessing &apos;no noise&apos; scores 1. With Min-SNR weighting on, training weighs the low-noise examples less, but this plot shows the plain error.</source>
        <translation>Cuánto se aleja la predicción del ruido de la red del ruido realmente añadido (error cuadrático medio, ECM), promediado sobre un lote cuyos ejemplos reciben cada uno un t aleatorio (línea tenue; la línea continua es su media móvil). Predecir &apos;sin ruido&apos; da 1. Con la ponderación Min-SNR activada, el entrenamiento pondera menos los ejemplos con poco ruido, pero este gráfico muestra el error simple.</translation>
    </message>
    <message>
        <source>The loss of each training batch over the training steps, faint, with its moving average.</source>
        <translation>La pérdida de cada lote de entrenamiento a lo largo de los pasos de entrenamiento, tenue, con su media móvil.</translation>
    </message>
    <message>
        <source>Loss by noise level</source>
        <translation>Pérdida por nivel de ruido</translation>
    </message>
    <message>
        <source>The same error split by noise level. Near t = 0 the noise is tiny and hard to tell from detail in the data; near t = T x_t is almost all noise, so guessing the noise is easy. The middle is where the model learns what the data looks like.</source>
        <translation>El mismo error dividido por nivel de ruido. Cerca de t = 0 el ruido es diminuto y difícil de distinguir de los detalles de los datos; cerca de t = T x_t es casi todo ruido, así que predecir el ruido es fácil. En el medio es donde el modelo aprende cómo son los datos.</translation>
    </message>
    <message>
        <source>Bars of the recent training loss for each range of timesteps, from t = 0 to T.</source>
        <translation>Barras de la pérdida de entrenamiento reciente para cada intervalo de pasos temporales, de t = 0 a T.</translation>
    </message>
    <message>
        <source>x_t: the batch</source>
        <translation>x_t: el lote</translation>
    </message>
    <message>
        <source>The samples at the current timestep. Frame 0 is pure random noise; each step removes a little of the noise the model sees, until t = 0 leaves the finished samples.</source>
        <translation>Las muestras en el paso temporal actual. El fotograma 0 es ruido aleatorio puro; cada paso quita un poco del ruido que ve el modelo, hasta que t = 0 deja las muestras terminadas.</translation>
    </message>
    <message>
        <source>x̂_0: the model&apos;s guess</source>
        <translation>x̂_0: la predicción del modelo</translation>
    </message>
    <message>
        <source>From x_t the model predicts the noise; subtracting it gives a guess of the clean data. At high noise the guess is a blurry average; it sharpens as t falls.</source>
        <translation>A partir de x_t el modelo predice el ruido; al restarlo se obtiene una estimación de los datos limpios. Con mucho ruido la estimación es un promedio borroso; se vuelve más nítida a medida que baja t.</translation>
    </message>
    <message>
        <source>ε̂: the noise it sees</source>
        <translation>ε̂: el ruido que ve</translation>
    </message>
    <message>
        <source>The network&apos;s output: the noise it believes was mixed into x_t (grey is zero). A step of the sampler removes part of it. At t = 0 nothing is left.</source>
        <translation>La salida de la red: el ruido que cree que se mezcló en x_t (el gris es cero). Un paso del muestreador quita parte de él. En t = 0 no queda nada.</translation>
    </message>
    <message>
        <source>Samples appear when the model has started.</source>
        <translation>Las muestras aparecen cuando el modelo ha empezado.</translation>
    </message>
    <message>
        <source>ε̂ at t = 0: no noise left to predict</source>
        <translation>ε̂ en t = 0: no queda ruido que predecir</translation>
    </message>
    <message>
        <source>DDIM {steps} steps</source>
        <translation>DDIM {steps} pasos</translation>
    </message>
    <message>
        <source>DDPM, all T steps</source>
        <translation>DDPM, los T pasos</translation>
    </message>
    <message>
        <source>DDPM {steps} steps</source>
        <translation>DDPM {steps} pasos</translation>
    </message>
    <message>
        <source>Reverse process: from noise to data</source>
        <translation>Proceso inverso: del ruido a los datos</translation>
    </message>
    <message>
        <source>DDIM: no randomness, fewer steps</source>
        <translation>DDIM: sin aleatoriedad, menos pasos</translation>
    </message>
    <message>
        <source>DDPM: random, all T steps</source>
        <translation>DDPM: aleatorio, los T pasos</translation>
    </message>
    <message>
        <source>DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh noise at each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer steps are faster but blurrier. The same seed always starts from the same noise. A change draws new samples at once.</source>
        <translation>DDPM (Ho et al. 2020) recorre hacia atrás cada uno de los T pasos y añade un poco de ruido nuevo en cada uno. DDIM (Song et al. 2021) no añade ninguno, así que puede saltarse muchos pasos: menos pasos es más rápido pero más borroso. La misma semilla siempre parte del mismo ruido. Un cambio genera nuevas muestras al instante.</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <source>steps </source>
        <translation>pasos </translation>
    </message>
    <message>
        <source>How many denoising steps DDIM takes from t = T to 0 (at most T).</source>
        <translation>Cuántos pasos de eliminación de ruido da DDIM de t = T a 0 (como máximo T).</translation>
    </message>
    <message>
        <source>DDIM steps</source>
        <translation>Pasos DDIM</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>semilla </translation>
    </message>
    <message>
        <source>The seed of the starting noise (and of DDPM&apos;s fresh noise). While training, new samples come from this same noise every few seconds: watch it turn into better samples as the model learns.</source>
        <translation>La semilla del ruido inicial (y del ruido nuevo de DDPM). Durante el entrenamiento, cada pocos segundos salen nuevas muestras de este mismo ruido: mira cómo se convierte en mejores muestras a medida que el modelo aprende.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Semilla de muestreo</translation>
    </message>
    <message>
        <source>Next seed</source>
        <translation>Siguiente semilla</translation>
    </message>
    <message>
        <source>Add one to the seed: new samples from fresh noise.</source>
        <translation>Sumar uno a la semilla: nuevas muestras a partir de ruido nuevo.</translation>
    </message>
    <message>
        <source>New samples come by themselves: at once when the sampler, its steps or the seed change, and while training every few seconds, but never taking more than {share} of the training time.</source>
        <translation>Las nuevas muestras llegan solas: al instante cuando cambian el muestreador, sus pasos o la semilla, y durante el entrenamiento cada pocos segundos, pero sin ocupar nunca más de {share} del tiempo de entrenamiento.</translation>
    </message>
    <message>
        <source>paths so far</source>
        <translation>trayectorias hasta ahora</translation>
    </message>
    <message>
        <source>denoising direction</source>
        <translation>dirección de eliminación de ruido</translation>
    </message>
    <message>
        <source>guess x̂_0</source>
        <translation>estimación x̂_0</translation>
    </message>
    <message>
        <source>noise guess ε̂</source>
        <translation>predicción del ruido ε̂</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>datos de entrenamiento</translation>
    </message>
    <message>
        <source>Back to frame 0: the pure noise the samples start from.</source>
        <translation>Volver al fotograma 0: el ruido puro del que parten las muestras.</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Primer fotograma</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>One denoising step back: compare a frame with the one before it.</source>
        <translation>Un paso de eliminación de ruido hacia atrás: compara un fotograma con el anterior.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the denoising from the current frame to the end.</source>
        <translation>Reproducir la eliminación de ruido desde el fotograma actual hasta el final.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>One denoising step forward.</source>
        <translation>Un paso de eliminación de ruido hacia delante.</translation>
    </message>
    <message>
        <source>Jump to the last frame: the finished samples.</source>
        <translation>Saltar al último fotograma: las muestras terminadas.</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Último fotograma</translation>
    </message>
    <message>
        <source>play in </source>
        <translation>reproducir en </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Play takes from pure noise to the finished samples, whatever the number of steps: slower to talk the class through it, faster to see it whole.</source>
        <translation>Cuánto tarda Reproducir desde el ruido puro hasta las muestras terminadas, sea cual sea el número de pasos: más lento para explicárselo a la clase, más rápido para verlo entero.</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>Duración de la reproducción</translation>
    </message>
    <message>
        <source>Drag through the frames of the reverse process, from noise (left) to samples (right).</source>
        <translation>Arrastra por los fotogramas del proceso inverso, del ruido (izquierda) a las muestras (derecha).</translation>
    </message>
    <message>
        <source>Frame of the reverse process</source>
        <translation>Fotograma del proceso inverso</translation>
    </message>
    <message>
        <source>{sampler}: denoising…</source>
        <translation>{sampler}: eliminando ruido…</translation>
    </message>
    <message>
        <source>new samples every {seconds} s while training</source>
        <translation>nuevas muestras cada {seconds} s durante el entrenamiento</translation>
    </message>
    <message>
        <source>frame {frame} of {last} · t = {t} · {sampler} · seed {seed} · weights of step {step}</source>
        <translation>fotograma {frame} de {last} · t = {t} · {sampler} · semilla {seed} · pesos del paso {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>What the model learns to create. 2-D point clouds show the whole distribution at once; images show the samples. Open or drop a folder of your own images to add it.</source>
        <translation>Lo que el modelo aprende a crear. Las nubes de puntos 2-D muestran toda la distribución a la vez; las imágenes muestran las muestras. Abre o suelta una carpeta con tus propias imágenes para añadirla.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the network learns.</source>
        <translation>Cuántos números (pesos) aprende la red.</translation>
    </message>
    <message>
        <source>The sizes this model was built with, &apos;auto&apos; settings filled in.</source>
        <translation>Los tamaños con los que se construyó este modelo, con los ajustes &apos;auto&apos; ya resueltos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Construido con</translation>
    </message>
    <message>
        <source>Put every setting above back to its default. The model keeps training with its own settings until you press New model.</source>
        <translation>Devolver todos los ajustes de arriba a su valor predeterminado. El modelo sigue entrenando con sus propios ajustes hasta que pulses Nuevo modelo.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} pesos</translation>
    </message>
    <message>
        <source>width {width} · depth {depth} · batch {batch} · lr {rate}</source>
        <translation>anchura {width} · profundidad {depth} · lote {batch} · ta {rate}</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the diffusion model made the others, each by denoising pure noise step by step. Click the ones you think are fake, then press Reveal.</source>
        <translation>Algunas de estas imágenes son imágenes de entrenamiento reales; el modelo de difusión creó las demás, cada una partiendo de ruido puro y quitándole el ruido paso a paso. Haz clic en las que creas que son falsas y luego pulsa Revelar.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>¿Real o falsa?</translation>
    </message>
    <message>
        <source>The Diffusion lab learns from a folder of images: open a PNG or JPEG inside it, or drop the folder. {file} is neither.</source>
        <translation>El laboratorio Difusión aprende de una carpeta de imágenes: abre un PNG o JPEG que esté dentro o suelta la carpeta. {file} no es ninguna de las dos cosas.</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the model with the reverse process&apos;s sampler and steps. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Un reto para la clase: 16 imágenes, unas reales y otras creadas por el modelo con el muestreador y los pasos del proceso inverso. La clase elige las falsas; Revelar muestra la verdad y la puntuación.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«¿Real o falsa?» necesita imágenes: elige un conjunto de datos de imágenes (Dígitos, MNIST, ...) y empieza un modelo nuevo con él.</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>generator (G)</source>
        <translation>generador (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>discriminador (D)</translation>
    </message>
    <message>
        <source>D(real): on real samples</source>
        <translation>D(real): en muestras reales</translation>
    </message>
    <message>
        <source>D(fake): on the fakes</source>
        <translation>D(falso): en las falsificaciones</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Each player&apos;s loss. D&apos;s loss is low when it tells real from fake; G&apos;s loss is low when it fools D. In a healthy run neither wins for good: the curves wobble around a balance instead of one diving to zero.</source>
        <translation>La pérdida de cada jugador. La pérdida de D es baja cuando distingue lo real de lo falso; la de G es baja cuando engaña a D. En un entrenamiento sano ninguno gana para siempre: las curvas oscilan alrededor de un equilibrio en lugar de caer una de ellas a cero.</translation>
    </message>
    <message>
        <source>Losses of the generator and the discriminator</source>
        <translation>Pérdidas del generador y del discriminador</translation>
    </message>
    <message>
        <source>Two curves over the training steps: the generator&apos;s loss and the discriminator&apos;s loss.</source>
        <translation>Dos curvas a lo largo de los pasos de entrenamiento: la pérdida del generador y la del discriminador.</translation>
    </message>
    <message>
        <source>What D says</source>
        <translation>Lo que dice D</translation>
    </message>
    <message>
        <source>D&apos;s mean output</source>
        <translation>Salida media de D</translation>
    </message>
    <message>
        <source>The discriminator&apos;s average verdict (1 = sure it is real, 0 = sure it is fake) on real samples and on the generator&apos;s fakes. When G is perfect D can only guess: both lines meet near 0.5 (the dashed line).</source>
        <translation>El veredicto medio del discriminador (1 = seguro de que es real, 0 = seguro de que es falso) sobre las muestras reales y sobre las falsificaciones del generador. Cuando G es perfecto, D solo puede adivinar: ambas líneas se encuentran cerca de 0,5 (la línea discontinua).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s verdicts</source>
        <translation>Los veredictos del discriminador</translation>
    </message>
    <message>
        <source>Two curves over the training steps, from 0 (fake) to 1 (real): the discriminator&apos;s mean output on real samples and on the fakes, with a dashed line at 0.5.</source>
        <translation>Dos curvas a lo largo de los pasos de entrenamiento, de 0 (falso) a 1 (real): la salida media del discriminador sobre las muestras reales y sobre las falsificaciones, con una línea discontinua en 0,5.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise</source>
        <translation>Falsificaciones a partir de ruido fijo</translation>
    </message>
    <message>
        <source>What the generator makes from 36 noise vectors that never change, so you watch the same fakes sharpen.</source>
        <translation>Lo que el generador crea a partir de 36 vectores de ruido que nunca cambian, para ver cómo se vuelven más nítidas las mismas falsificaciones.</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>Imágenes reales</translation>
    </message>
    <message>
        <source>Real training images, for comparison.</source>
        <translation>Imágenes de entrenamiento reales, para comparar.</translation>
    </message>
    <message>
        <source>The first four fakes at earlier steps</source>
        <translation>Las cuatro primeras falsificaciones en pasos anteriores</translation>
    </message>
    <message>
        <source>The first four fixed-noise fakes as the generator made them at step 0 and at recent steps (25, 50, 100, 200, ...).</source>
        <translation>Las cuatro primeras falsificaciones de ruido fijo tal como las generó el generador en el paso 0 y en pasos recientes (25, 50, 100, 200, ...).</translation>
    </message>
    <message>
        <source>Fakes</source>
        <translation>Falsificaciones</translation>
    </message>
    <message>
        <source>A grid of 36 images the generator made from fixed noise.</source>
        <translation>Una cuadrícula de 36 imágenes que el generador creó a partir de ruido fijo.</translation>
    </message>
    <message>
        <source>A grid of 36 real training images.</source>
        <translation>Una cuadrícula de 36 imágenes de entrenamiento reales.</translation>
    </message>
    <message>
        <source>Fakes at earlier steps</source>
        <translation>Falsificaciones en pasos anteriores</translation>
    </message>
    <message>
        <source>The first four fakes at step 0 and at recent steps, left to right, each step captioned.</source>
        <translation>Las cuatro primeras falsificaciones en el paso 0 y en pasos recientes, de izquierda a derecha, cada paso con su rótulo.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise (step {step})</source>
        <translation>Falsificaciones a partir de ruido fijo (paso {step})</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>paso {step}</translation>
    </message>
    <message>
        <source>The same noise through the updated G</source>
        <translation>El mismo ruido a través del G actualizado</translation>
    </message>
    <message>
        <source>This batch&apos;s fakes</source>
        <translation>Las falsificaciones de este lote</translation>
    </message>
    <message>
        <source>Noise z: one row per fake (orange &lt; 0 &lt; blue)</source>
        <translation>Ruido z: una fila por falsificación (naranja &lt; 0 &lt; azul)</translation>
    </message>
    <message>
        <source>Gradient: blue = brighten, orange = darken</source>
        <translation>Gradiente: azul = aclarar, naranja = oscurecer</translation>
    </message>
    <message>
        <source>This batch&apos;s real images</source>
        <translation>Las imágenes reales de este lote</translation>
    </message>
    <message>
        <source>Real and fake points</source>
        <translation>Puntos reales y falsos</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Blue: real data. Red: the generator&apos;s fakes (always from the same noise, so you watch them move). The background is the discriminator&apos;s verdict on every spot of the plane: blue where it says &apos;real&apos;, orange where it says &apos;fake&apos;, white where it cannot tell.</source>
        <translation>Azul: datos reales. Rojo: las falsificaciones del generador (siempre a partir del mismo ruido, para ver cómo se mueven). El fondo es el veredicto del discriminador en cada punto del plano: azul donde dice &apos;real&apos;, naranja donde dice &apos;falso&apos;, blanco donde no sabe distinguir.</translation>
    </message>
    <message>
        <source>A plane of 2-D points: the real data and the generator&apos;s fakes, over a heat map of the discriminator&apos;s verdict, from fake to real.</source>
        <translation>Un plano de puntos 2-D: los datos reales y las falsificaciones del generador, sobre un mapa de calor del veredicto del discriminador, de falso a real.</translation>
    </message>
    <message>
        <source>D(x): 0 = fake, 1 = real</source>
        <translation>D(x): 0 = falso, 1 = real</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>datos reales</translation>
    </message>
    <message>
        <source>fakes G(z)</source>
        <translation>falsificaciones G(z)</translation>
    </message>
    <message>
        <source>mode centres</source>
        <translation>centros de las modas</translation>
    </message>
    <message>
        <source>where G&apos;s loss pushes fakes</source>
        <translation>hacia dónde empuja la pérdida de G a las falsificaciones</translation>
    </message>
    <message>
        <source>G&apos;s warped noise grid</source>
        <translation>cuadrícula de ruido deformada por G</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Tu dibujo</translation>
    </message>
    <message>
        <source>Points you draw on the plane with the mouse (tick &apos;Draw your own points&apos;).</source>
        <translation>Puntos que dibujas en el plano con el ratón (marca &apos;Dibujar tus propios puntos&apos;).</translation>
    </message>
    <message>
        <source>A preset sets the options above to show a GAN&apos;s typical behaviour, then trains it.</source>
        <translation>Un preajuste configura las opciones de arriba para mostrar un comportamiento típico de una GAN y luego la entrena.</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>What the generator learns to imitate. Open or drop a folder of PNG/JPEG images to add it here.</source>
        <translation>Lo que el generador aprende a imitar. Abre o suelta aquí una carpeta de imágenes PNG/JPEG para añadirla.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Fetch the training files once (10 MB for MNIST, 26 MB for Fashion-MNIST), check their SHA-256 checksums and keep them in your cache folder.</source>
        <translation>Descargar los archivos de entrenamiento una vez (10 MB para MNIST, 26 MB para Fashion-MNIST), comprobar sus sumas de verificación SHA-256 y guardarlos en tu carpeta de caché.</translation>
    </message>
    <message>
        <source>How many numbers (weights) each network learns.</source>
        <translation>Cuántos números (pesos) aprende cada red.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Every setting back to its default for the chosen data set (the data set stays). The model that is training keeps its settings until you press New GAN.</source>
        <translation>Todos los ajustes vuelven a su valor predeterminado para el conjunto de datos elegido (el conjunto de datos se mantiene). El modelo que está entrenando conserva sus ajustes hasta que pulses Nueva GAN.</translation>
    </message>
    <message>
        <source>New GAN</source>
        <translation>Nueva GAN</translation>
    </message>
    <message>
        <source>Presets: failure on purpose</source>
        <translation>Preajustes: fallos a propósito</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Carpeta: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watch:&lt;/b&gt; {watch}</source>
        <translation>&lt;b&gt;Observa:&lt;/b&gt; {watch}</translation>
    </message>
    <message>
        <source>Press Train (space) to start the duel.</source>
        <translation>Pulsa Entrenar (Espacio) para empezar el duelo.</translation>
    </message>
    <message>
        <source>1 D update</source>
        <translation>1 actualización de D</translation>
    </message>
    <message>
        <source>{count} D updates</source>
        <translation>{count} actualizaciones de D</translation>
    </message>
    <message>
        <source>1 G update</source>
        <translation>1 actualización de G</translation>
    </message>
    <message>
        <source>{count} G updates</source>
        <translation>{count} actualizaciones de G</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates}</source>
        <translation>paso {step}: {d_updates}, {g_updates}</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates} (by hand, outside the steps: {by_hand_d} D, {by_hand_g} G)</source>
        <translation>paso {step}: {d_updates}, {g_updates} (a mano, fuera de los pasos: {by_hand_d} D, {by_hand_g} G)</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the generator made the others. Click the ones you think are fake, then press Reveal: the class plays the discriminator.</source>
        <translation>Algunas de estas imágenes son imágenes de entrenamiento reales; el generador creó las demás. Haz clic en las que creas que son falsas y luego pulsa Revelar: la clase hace de discriminador.</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>Flechas de gradiente</translation>
    </message>
    <message>
        <source>For 200 of the fakes: the direction the generator&apos;s loss pushes each one, i.e. the way it must move to look more real to D right now.</source>
        <translation>Para 200 de las falsificaciones: la dirección en la que la pérdida del generador empuja a cada una, es decir, hacia dónde debe moverse para parecerle más real a D en este momento.</translation>
    </message>
    <message>
        <source>Warped grid</source>
        <translation>Cuadrícula deformada</translation>
    </message>
    <message>
        <source>A square grid of noise vectors (the first two noise numbers) sent through G: how the generator stretches and folds its noise onto the data.</source>
        <translation>Una cuadrícula cuadrada de vectores de ruido (los dos primeros números del ruido) pasada por G: cómo el generador estira y pliega su ruido sobre los datos.</translation>
    </message>
    <message>
        <source>Draw your own points</source>
        <translation>Dibujar tus propios puntos</translation>
    </message>
    <message>
        <source>Click and drag on the plane to spray points; then press &apos;Train on my drawing&apos;.</source>
        <translation>Haz clic y arrastra sobre el plano para rociar puntos; luego pulsa &apos;Entrenar con mi dibujo&apos;.</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Borrar dibujo</translation>
    </message>
    <message>
        <source>Remove the points you drew.</source>
        <translation>Quitar los puntos que dibujaste.</translation>
    </message>
    <message>
        <source>Train on my drawing</source>
        <translation>Entrenar con mi dibujo</translation>
    </message>
    <message>
        <source>Start a new GAN that learns to imitate the points you drew, and train it.</source>
        <translation>Crear una nueva GAN que aprenda a imitar los puntos que dibujaste, y entrenarla.</translation>
    </message>
    <message>
        <source>Train D once</source>
        <translation>Entrenar D una vez</translation>
    </message>
    <message>
        <source>One discriminator update and nothing else: watch the heat map sharpen against the current fakes while they stay where they are.</source>
        <translation>Una actualización del discriminador y nada más: mira cómo el mapa de calor se vuelve más nítido frente a las falsificaciones actuales mientras estas se quedan donde están.</translation>
    </message>
    <message>
        <source>Train G once</source>
        <translation>Entrenar G una vez</translation>
    </message>
    <message>
        <source>One generator update and nothing else: the fakes move along their arrows, towards where D currently says &apos;real&apos;.</source>
        <translation>Una actualización del generador y nada más: las falsificaciones se mueven siguiendo sus flechas, hacia donde D dice ahora &apos;real&apos;.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>¿Real o falsa?</translation>
    </message>
    <message>
        <source>What the last single update did.</source>
        <translation>Lo que hizo la última actualización individual.</translation>
    </message>
    <message>
        <source>D(real), D(fake): the discriminator&apos;s average verdict on real and fake samples. For the Gaussian mixtures: how many modes the fakes cover, and the share of fakes within three standard deviations of a mode centre.</source>
        <translation>D(real), D(falso): el veredicto medio del discriminador sobre las muestras reales y falsas. Para las mezclas de gaussianas: cuántas modas cubren las falsificaciones y la fracción de falsificaciones a menos de tres desviaciones estándar del centro de una moda.</translation>
    </message>
    <message>
        <source>What the lab sees going wrong, from the last 1,000 updates. Unstable: the losses jump about (learning rates too high). The discriminator has won: it tells real from fake so surely that G&apos;s loss stops moving. Mode collapse: the generator found a few outputs that fool D and makes only those.</source>
        <translation>Lo que el laboratorio detecta que va mal, a partir de las últimas 1000 actualizaciones. Inestable: las pérdidas saltan (tasas de aprendizaje demasiado altas). El discriminador ha ganado: distingue lo real de lo falso con tanta seguridad que la pérdida de G deja de moverse. Colapso de modos: el generador encontró unas pocas salidas que engañan a D y solo genera esas.</translation>
    </message>
    <message>
        <source>One player at a time</source>
        <translation>Un jugador cada vez</translation>
    </message>
    <message>
        <source>D trained once: its loss {loss:.3f}, D(real) {real:.2f}, D(fake) {fake:.2f}.</source>
        <translation>D entrenado una vez: su pérdida {loss:.3f}, D(real) {real:.2f}, D(falso) {fake:.2f}.</translation>
    </message>
    <message>
        <source>G trained once: its loss {loss:.3f}.</source>
        <translation>G entrenado una vez: su pérdida {loss:.3f}.</translation>
    </message>
    <message>
        <source>{file} was trained on data this lab cannot find: {error}</source>
        <translation>{file} se entrenó con datos que este laboratorio no encuentra: {error}</translation>
    </message>
    <message>
        <source>{file} was trained on points drawn by hand, but the file does not hold them.</source>
        <translation>{file} se entrenó con puntos dibujados a mano, pero el archivo no los contiene.</translation>
    </message>
    <message>
        <source>Folder: {name} ({count} images)</source>
        <translation>Carpeta: {name} ({count} imágenes)</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the generator. The class picks the fakes; Reveal shows the truth, the score, and what the discriminator said about each one.</source>
        <translation>Un reto para la clase: 16 imágenes, unas reales y otras creadas por el generador. La clase elige las falsas; Revelar muestra la verdad, la puntuación y lo que dijo el discriminador de cada una.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«¿Real o falsa?» necesita imágenes: elige un conjunto de datos de imágenes (Dígitos, MNIST, ...) y empieza un modelo nuevo con él.</translation>
    </message>
    <message>
        <source>G {g} + D {d} weights</source>
        <translation>G {g} + D {d} pesos</translation>
    </message>
    <message>
        <source>D(real) {real:.2f} · D(fake) {fake:.2f}</source>
        <translation>D(real) {real:.2f} · D(falso) {fake:.2f}</translation>
    </message>
    <message>
        <source>modes covered: {covered} of {modes} · {near:.0%} of fakes near a mode</source>
        <translation>modas cubiertas: {covered} de {modes} · {near:.0%} de las falsificaciones cerca de una moda</translation>
    </message>
    <message>
        <source>Train on my drawing ({count} points)</source>
        <translation>Entrenar con mi dibujo ({count} puntos)</translation>
    </message>
    <message>
        <source>Press Slow-motion update to watch one update of the duel in slow motion.</source>
        <translation>Pulsa Actualización a cámara lenta para ver una actualización del duelo a cámara lenta.</translation>
    </message>
    <message>
        <source>Slow motion: one update</source>
        <translation>Cámara lenta: una actualización</translation>
    </message>
    <message>
        <source>Replays one real training update in its six sub-steps. Pause training first for the clearest picture.</source>
        <translation>Repite una actualización de entrenamiento real en sus seis subpasos. Pausa antes el entrenamiento para verlo con más claridad.</translation>
    </message>
    <message>
        <source>Slow-motion update</source>
        <translation>Actualización a cámara lenta</translation>
    </message>
    <message>
        <source>Do one real update (one D step, one G step) and replay it sub-step by sub-step on the picture.</source>
        <translation>Hacer una actualización real (un paso de D, un paso de G) y repetirla subpaso a subpaso sobre la imagen.</translation>
    </message>
    <message>
        <source>Next sub-step ▶</source>
        <translation>Siguiente subpaso ▶</translation>
    </message>
    <message>
        <source>Go on to the next sub-step.</source>
        <translation>Pasar al siguiente subpaso.</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Volver al directo</translation>
    </message>
    <message>
        <source>Leave the slow motion and show the live training again.</source>
        <translation>Salir de la cámara lenta y volver a mostrar el entrenamiento en directo.</translation>
    </message>
    <message>
        <source>Auto-play every</source>
        <translation>Avanzar solo cada</translation>
    </message>
    <message>
        <source>Move on by itself after the pause on the right; untick to go on with Next.</source>
        <translation>Avanzar automáticamente tras la pausa indicada a la derecha; desmárcalo para avanzar con Siguiente.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each sub-step stays on screen in auto-play.</source>
        <translation>Cuánto tiempo permanece cada subpaso en pantalla en el avance automático.</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Every family on the same data at once, side by side: their samples, how each makes one, a results table measured live, and Is it a copy?</source>
        <translation>Todas las familias con los mismos datos a la vez, una junto a otra: sus muestras, cómo genera cada una la suya, una tabla de resultados medida en directo y ¿Es una copia?</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Diffusion: a network learns to remove noise a little at a time, then makes new data by denoising pure noise step by step.</source>
        <translation>Difusión: una red aprende a quitar ruido poco a poco y luego crea datos nuevos eliminando paso a paso el ruido de ruido puro.</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network: a generator learns to fool a discriminator that learns to tell its fakes from real data.</source>
        <translation>Red generativa adversarial: un generador aprende a engañar a un discriminador que aprende a distinguir sus falsificaciones de los datos reales.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open {file}.</source>
        <translation>El laboratorio {lab} no puede abrir {file}.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open model files yet.</source>
        <translation>El laboratorio {lab} todavía no puede abrir archivos de modelo.</translation>
    </message>
    <message>
        <source>This panel has no curves to save yet.</source>
        <translation>Este panel aún no tiene curvas que guardar.</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>curva</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Save this panel as a PNG image at {scale}x its size on screen, sharp on a slide.</source>
        <translation>Guardar este panel como imagen PNG a {scale}x su tamaño en pantalla, nítida en una diapositiva.</translation>
    </message>
    <message>
        <source>Save curves as CSV…</source>
        <translation>Guardar curvas como CSV…</translation>
    </message>
    <message>
        <source>Save the points of this panel&apos;s curves as a table (curve, step, value) for a spreadsheet.</source>
        <translation>Guardar los puntos de las curvas de este panel como tabla (curva, paso, valor) para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Record the timeline…</source>
        <translation>Grabar la línea de tiempo…</translation>
    </message>
    <message>
        <source>Save this panel at every step the lab kept, as an animated GIF (or MP4) for a slide: how the model learnt.</source>
        <translation>Guardar este panel en cada paso que conservó el laboratorio, como GIF animado (o MP4) para una diapositiva: cómo aprendió el modelo.</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>Grabar la línea de tiempo</translation>
    </message>
    <message>
        <source>Animations (*.gif *.mp4)</source>
        <translation>Animaciones (*.gif *.mp4)</translation>
    </message>
    <message>
        <source>Save the panel as a picture</source>
        <translation>Guardar el panel como imagen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the curves as a table</source>
        <translation>Guardar las curvas como tabla</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <source>Autoregressive images: the Text lab&apos;s GPT draws an image one pixel at a time, as if writing a sentence.</source>
        <translation>Imágenes autorregresivas: el GPT del laboratorio Texto dibuja una imagen píxel a píxel, como si escribiera una frase.</translation>
    </message>
    <message>
        <source>Text (GPT)</source>
        <translation>Texto (GPT)</translation>
    </message>
    <message>
        <source>Autoregressive text: a tiny GPT learns to predict the next token.</source>
        <translation>Texto autorregresivo: un GPT diminuto aprende a predecir el siguiente token.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>The steps this model kept while it trained: every step at first, then ever further apart. The blue line is the training loss at each; the red line is the quantity named beside it, measured at each kept step.</source>
        <translation>Los pasos que este modelo conservó mientras entrenaba: todos al principio, luego cada vez más espaciados. La línea azul es la pérdida de entrenamiento en cada uno; la línea roja es la magnitud indicada al lado, medida en cada paso conservado.</translation>
    </message>
    <message>
        <source>Drag back (or press the arrow keys) to see every picture of the lab as it was at that step; training goes on meanwhile. The right end (End key) is now.</source>
        <translation>Arrastra hacia atrás (o pulsa las teclas de flecha) para ver cada imagen del laboratorio tal como era en ese paso; mientras tanto el entrenamiento continúa. El extremo derecho (tecla Fin) es el presente.</translation>
    </message>
    <message>
        <source>One quantity measured at every kept step, drawn as the red line on the timeline: watch for the moment the model gets it. In the Text lab, probe a word to follow its probability.</source>
        <translation>Una magnitud medida en cada paso conservado, dibujada como la línea roja de la línea de tiempo: fíjate en el momento en que el modelo lo capta. En el laboratorio Texto, prueba una palabra para seguir su probabilidad.</translation>
    </message>
    <message>
        <source>Which step the pictures show.</source>
        <translation>Qué paso muestran las imágenes.</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Ir al directo</translation>
    </message>
    <message>
        <source>Back to the model as it is now (End).</source>
        <translation>Volver al modelo tal como es ahora (Fin).</translation>
    </message>
    <message>
        <source>Train from here</source>
        <translation>Entrenar desde aquí</translation>
    </message>
    <message>
        <source>Start training again from the step shown: what the model learnt after it is forgotten.</source>
        <translation>Volver a entrenar desde el paso mostrado: lo que el modelo aprendió después se olvida.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past, while training goes on. Press End to go live.</source>
        <translation>Las imágenes muestran el paso {step:,} de {live:,}: el pasado, mientras el entrenamiento continúa. Pulsa Fin para ir al directo.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past. Press End to go live.</source>
        <translation>Las imágenes muestran el paso {step:,} de {live:,}: el pasado. Pulsa Fin para ir al directo.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Save the timeline as CSV…</source>
        <translation>Guardar la línea de tiempo como CSV…</translation>
    </message>
    <message>
        <source>Save the timeline as a table</source>
        <translation>Guardar la línea de tiempo como tabla</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Máxima velocidad</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 pasos/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 pasos/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pasos/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 pasos/s</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 paso/s</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train (Space): repeat training steps until paused. Each step shows the model a small batch of examples, measures its error (the loss) and nudges every weight to make it smaller.</source>
        <translation>Entrenar (Espacio): repetir pasos de entrenamiento hasta pausar. Cada paso muestra al modelo un pequeño lote de ejemplos, mide su error (la pérdida) y ajusta un poco cada peso para reducirlo.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step (Right arrow): exactly one training step, then pause, so you can see what one update changes.</source>
        <translation>Paso (Flecha derecha): exactamente un paso de entrenamiento y luego pausa, para ver lo que cambia una actualización.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset (Ctrl+R): throw the trained weights away and start again from random ones, with the current settings and seed.</source>
        <translation>Reiniciar (Ctrl+R): descartar los pesos entrenados y empezar de nuevo con pesos aleatorios, con los ajustes y la semilla actuales.</translation>
    </message>
    <message>
        <source>Slow training down to watch the model change step by step.</source>
        <translation>Ralentizar el entrenamiento para ver cómo cambia el modelo paso a paso.</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder: squeeze each example into a few numbers, decode it back, and walk the space of codes.</source>
        <translation>Autocodificador variacional: comprime cada ejemplo en unos pocos números, lo decodifica de vuelta y recorre el espacio de códigos.</translation>
    </message>
    <message>
        <source>The model that is training was built with the earlier settings. A new model starts from random weights with the settings shown here.</source>
        <translation>El modelo que está entrenando se construyó con los ajustes anteriores. Un modelo nuevo empieza con pesos aleatorios y los ajustes que se muestran aquí.</translation>
    </message>
    <message>
        <source>1 change: press {button} to apply</source>
        <translation>1 cambio: pulsa {button} para aplicarlo</translation>
    </message>
    <message>
        <source>{count} changes: press {button} to apply</source>
        <translation>{count} cambios: pulsa {button} para aplicarlos</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nuevo modelo</translation>
    </message>
    <message>
        <source>{new} with these settings</source>
        <translation>{new} con estos ajustes</translation>
    </message>
    <message>
        <source>Start again from random weights with the settings above (same as Reset).</source>
        <translation>Empezar de nuevo con pesos aleatorios y los ajustes de arriba (igual que Reiniciar).</translation>
    </message>
    <message>
        <source>Back to default settings</source>
        <translation>Volver a los ajustes predeterminados</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Carpeta: {name}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation (held out)</source>
        <translation>validación (reservada)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>loss (cross-entropy, nats)</source>
        <translation>pérdida (entropía cruzada, nats)</translation>
    </message>
    <message>
        <source>{curve} (smoothed)</source>
        <translation>{curve} (suavizada)</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Imagen {number}</translation>
    </message>
    <message>
        <source>Click if you think the model made this image; click again to take it back.</source>
        <translation>Haz clic si crees que el modelo creó esta imagen; vuelve a hacer clic para deshacerlo.</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>FALSA</translation>
    </message>
    <message>
        <source>REAL</source>
        <translation>REAL</translation>
    </message>
    <message>
        <source>fake?</source>
        <translation>¿falsa?</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ encontrada</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ se escapó</translation>
    </message>
    <message>
        <source>✗ not a fake</source>
        <translation>✗ no es falsa</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ bien</translation>
    </message>
    <message>
        <source>D: {real:.2f} real</source>
        <translation>D: {real:.2f} real</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>¿Real o falsa?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Show which images are fake, how many the class found, and what the model&apos;s own judge said.</source>
        <translation>Mostrar qué imágenes son falsas, cuántas encontró la clase y qué dijo el propio juez del modelo.</translation>
    </message>
    <message>
        <source>Show which images are fake and how many the class found.</source>
        <translation>Mostrar qué imágenes son falsas y cuántas encontró la clase.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Another 16 images, from the model as it is now (or at the step the timeline shows).</source>
        <translation>Otras 16 imágenes, del modelo tal como está ahora (o en el paso que muestra la línea de tiempo).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back to the lab&apos;s pictures.</source>
        <translation>Volver a las imágenes del laboratorio.</translation>
    </message>
    <message>
        <source>You found {found} of {fakes} fakes.</source>
        <translation>Se encontraron {found} de {fakes} falsificaciones.</translation>
    </message>
    <message>
        <source>No real image was taken for a fake.</source>
        <translation>Ninguna imagen real se tomó por falsa.</translation>
    </message>
    <message>
        <source>1 real image was taken for a fake.</source>
        <translation>1 imagen real se tomó por falsa.</translation>
    </message>
    <message>
        <source>{count} real images were taken for fakes.</source>
        <translation>{count} imágenes reales se tomaron por falsas.</translation>
    </message>
    <message>
        <source>The class judged {right} of {total} images correctly.</source>
        <translation>La clase acertó con {right} de {total} imágenes.</translation>
    </message>
    <message>
        <source>The fakes came from the model at step {step}.</source>
        <translation>Las falsificaciones salieron del modelo en el paso {step}.</translation>
    </message>
    <message>
        <source>The discriminator (step {step}) judged {right} of {total} correctly: it calls an image real above 0.5.</source>
        <translation>El discriminador (paso {step}) acertó con {right} de {total}: considera real una imagen por encima de 0,5.</translation>
    </message>
    <message>
        <source>The class beat the discriminator.</source>
        <translation>La clase le ganó al discriminador.</translation>
    </message>
    <message>
        <source>The discriminator beat the class.</source>
        <translation>El discriminador le ganó a la clase.</translation>
    </message>
    <message>
        <source>The class and the discriminator tie.</source>
        <translation>Empate entre la clase y el discriminador.</translation>
    </message>
    <message>
        <source>Picked as fake: {count} of {total}. Press Reveal when the class has decided.</source>
        <translation>Marcadas como falsas: {count} de {total}. Pulsa Revelar cuando la clase haya decidido.</translation>
    </message>
    <message>
        <source>Double-click to enlarge this panel; Esc brings every panel back.</source>
        <translation>Doble clic para ampliar este panel; Esc hace volver todos los paneles.</translation>
    </message>
    <message>
        <source>Saving the model and its timeline…</source>
        <translation>Guardando el modelo y su línea de tiempo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Drawing each kept step of the timeline…</source>
        <translation>Dibujando cada paso conservado de la línea de tiempo…</translation>
    </message>
    <message>
        <source>Writing the frames to {file}…</source>
        <translation>Escribiendo los fotogramas en {file}…</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written.</source>
        <translation>Grabación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Grabación guardada en {path}.</translation>
    </message>
    <message>
        <source>The recording failed.</source>
        <translation>La grabación falló.</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>The lesson&apos;s title.</source>
        <translation>El título de la lección.</translation>
    </message>
    <message>
        <source>Which step of the lesson this is. PageDown and PageUp (a presentation clicker&apos;s keys) go to the next and previous step.</source>
        <translation>Qué paso de la lección es este. AvPág y RePág (las teclas de un mando de presentaciones) van al paso siguiente y al anterior.</translation>
    </message>
    <message>
        <source>What the teacher wants the class to look at, or to predict, in this step.</source>
        <translation>Lo que el docente quiere que la clase observe, o prediga, en este paso.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The previous step of the lesson (PageUp).</source>
        <translation>El paso anterior de la lección (RePág).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next step of the lesson (PageDown).</source>
        <translation>El paso siguiente de la lección (AvPág).</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <source>Close the lesson: every control it hid comes back; the labs keep its models.</source>
        <translation>Cerrar la lección: vuelven todos los controles que ocultó; los laboratorios conservan sus modelos.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>The screen is blank: press any key to bring the lesson back.</source>
        <translation>La pantalla está en negro: pulsa cualquier tecla para que vuelva la lección.</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <source>The settings column</source>
        <translation>La columna de ajustes</translation>
    </message>
    <message>
        <source>The Train, Step and Reset bar</source>
        <translation>La barra de Entrenar, Paso y Reiniciar</translation>
    </message>
    <message>
        <source>The timeline slider</source>
        <translation>El control deslizante de la línea de tiempo</translation>
    </message>
    <message>
        <source>The lab tabs</source>
        <translation>Las pestañas de los laboratorios</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>For example: From noise to digits</source>
        <translation>Por ejemplo: Del ruido a los dígitos</translation>
    </message>
    <message>
        <source>Hide from the class</source>
        <translation>Ocultar a la clase</translation>
    </message>
    <message>
        <source>Ticked controls stay hidden while the lesson is open, in presenter mode too, and come back when it is closed.</source>
        <translation>Los controles marcados siguen ocultos mientras la lección está abierta, también en el modo presentador, y vuelven cuando se cierra.</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, as the class will see it:</source>
        <translation>El título de la lección, tal como lo verá la clase:</translation>
    </message>
    <message>
        <source>Train a model first: a lesson holds the labs&apos; trained models, and none has trained yet.</source>
        <translation>Primero entrena un modelo: una lección guarda los modelos entrenados de los laboratorios, y ninguno ha entrenado todavía.</translation>
    </message>
</context>
<context>
    <name>pixels</name>
    <message>
        <source>The image so far</source>
        <translation>La imagen hasta ahora</translation>
    </message>
    <message>
        <source>The model draws the image one pixel at a time, row by row from the top left, each from its guess given every pixel before it. The framed pixel is the one it guesses now; the pale blue check marks pixels not drawn yet.</source>
        <translation>El modelo dibuja la imagen píxel a píxel, fila a fila desde la esquina superior izquierda, cada uno a partir de su predicción dados todos los píxeles anteriores. El píxel enmarcado es el que predice ahora; el damero azul pálido marca los píxeles aún no dibujados.</translation>
    </message>
    <message>
        <source>The image being drawn pixel by pixel: the pixels drawn so far in grey, the ones still to come in a pale blue check, and a frame around the pixel the model guesses next.</source>
        <translation>La imagen que se dibuja píxel a píxel: los píxeles dibujados hasta ahora en gris, los que faltan en un damero azul pálido y un marco alrededor del píxel que el modelo predice a continuación.</translation>
    </message>
    <message>
        <source>Train the model to see its guess for the next pixel.</source>
        <translation>Entrena el modelo para ver su predicción del siguiente píxel.</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the grey level of the next pixel, given every pixel drawn before it. Each bar stands on a swatch of its grey. Pale bars: the model&apos;s own probabilities; solid bars: after the temperature. Click a bar to force that grey for the next pixel.</source>
        <translation>La predicción del modelo para el nivel de gris del siguiente píxel, dados todos los píxeles dibujados antes. Cada barra se apoya en una muestra de su gris. Barras pálidas: las probabilidades propias del modelo; barras sólidas: tras aplicar la temperatura. Haz clic en una barra para forzar ese gris en el siguiente píxel.</translation>
    </message>
    <message>
        <source>Next pixel: the model&apos;s probabilities</source>
        <translation>Siguiente píxel: las probabilidades del modelo</translation>
    </message>
    <message>
        <source>A bar chart with one bar per grey level, black on the left to the lightest on the right: how probable the model finds each grey for the next pixel, before and after the temperature.</source>
        <translation>Un gráfico de barras con una barra por nivel de gris, del negro a la izquierda al más claro a la derecha: qué probabilidad da el modelo a cada gris para el siguiente píxel, antes y después de la temperatura.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>after temperature</source>
        <translation>tras la temperatura</translation>
    </message>
    <message>
        <source>· grey level under each bar</source>
        <translation>· nivel de gris bajo cada barra</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>The images the model learns to draw, one pixel at a time. Open or drop a folder of images to add it here; colour images are read in grey.</source>
        <translation>Las imágenes que el modelo aprende a dibujar, píxel a píxel. Abre o suelta aquí una carpeta de imágenes para añadirla; las imágenes en color se leen en gris.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns, and its vocabulary: one token per grey level, and one that starts every image.</source>
        <translation>Cuántos números (pesos) aprende el modelo, y su vocabulario: un token por nivel de gris y otro que inicia cada imagen.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>Devolver todos los ajustes de arriba a su valor predeterminado; después Nuevo modelo lo construye.</translation>
    </message>
    <message>
        <source>Samples (seed 0)</source>
        <translation>Muestras (semilla 0)</translation>
    </message>
    <message>
        <source>Images the model draws, pixel by pixel, from the same random numbers every time (seed 0): while it trains, watch the same samples turn from noise into digits.</source>
        <translation>Imágenes que el modelo dibuja, píxel a píxel, a partir de los mismos números aleatorios cada vez (semilla 0): mientras entrena, mira cómo las mismas muestras pasan de ruido a dígitos.</translation>
    </message>
    <message>
        <source>A grid of images the model draws from the same random numbers every time.</source>
        <translation>Una cuadrícula de imágenes que el modelo dibuja a partir de los mismos números aleatorios cada vez.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>guessing every grey equally</source>
        <translation>predecir todos los grises por igual</translation>
    </message>
    <message>
        <source>Loss (nats per pixel)</source>
        <translation>Pérdida (nats por píxel)</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>nats por píxel</translation>
    </message>
    <message>
        <source>Cross-entropy: how surprised the model is by each true pixel of the training images, given the pixels before it, as the Text lab&apos;s loss is for the next token. The grey line is a model that gives every grey level the same probability: log(levels) nats, 2.83 for 17 levels.</source>
        <translation>Entropía cruzada: cuánto le sorprende al modelo cada píxel verdadero de las imágenes de entrenamiento, dados los píxeles anteriores, igual que la pérdida del laboratorio Texto para el siguiente token. La línea gris es un modelo que da la misma probabilidad a todos los niveles de gris: log(niveles) nats, 2,83 para 17 niveles.</translation>
    </message>
    <message>
        <source>A line chart of the training loss against the training step, beside the flat loss of guessing every grey level equally.</source>
        <translation>Un gráfico de líneas de la pérdida de entrenamiento frente al paso de entrenamiento, junto a la pérdida constante de predecir todos los niveles de gris por igual.</translation>
    </message>
    <message>
        <source>Some of these images are real training images, in the model&apos;s grey levels; the model drew the others pixel by pixel. Click the ones you think are fake, then press Reveal.</source>
        <translation>Algunas de estas imágenes son imágenes de entrenamiento reales, en los niveles de gris del modelo; el modelo dibujó las demás píxel a píxel. Haz clic en las que creas que son falsas y luego pulsa Revelar.</translation>
    </message>
    <message>
        <source>Drawing pixel by pixel</source>
        <translation>Dibujar píxel a píxel</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely grey levels get a chance.</source>
        <translation>Divide las puntuaciones del modelo antes de convertirlas en probabilidades: por debajo de 1 el favorito se vuelve aún más probable; por encima de 1 los niveles de gris improbables tienen una oportunidad.</translation>
    </message>
    <message>
        <source>The seed of the random numbers that pick each pixel&apos;s grey. The same seed, model and temperature draw the same image again; Undo then Step one pixel repeats a draw.</source>
        <translation>La semilla de los números aleatorios que eligen el gris de cada píxel. La misma semilla, modelo y temperatura vuelven a dibujar la misma imagen; Deshacer y luego Avanzar un píxel repite una extracción.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each drawn pixel stays framed, its bar highlighted, before it is added.</source>
        <translation>Cuánto tiempo permanece enmarcado cada píxel extraído, con su barra resaltada, antes de añadirse.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Semilla de muestreo</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Step one pixel</source>
        <translation>Avanzar un píxel</translation>
    </message>
    <message>
        <source>Draw the framed pixel&apos;s grey from the solid bars and add it to the image.</source>
        <translation>Extraer el gris del píxel enmarcado a partir de las barras sólidas y añadirlo a la imagen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Remove the last pixel drawn.</source>
        <translation>Quitar el último píxel dibujado.</translation>
    </message>
    <message>
        <source>Generate the rest</source>
        <translation>Generar el resto</translation>
    </message>
    <message>
        <source>Draw every pixel still missing, one at a time. While it draws, the button reads Stop.</source>
        <translation>Dibujar todos los píxeles que faltan, uno a uno. Mientras dibuja, el botón dice Detener.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every pixel and start a new image.</source>
        <translation>Quitar todos los píxeles y empezar una imagen nueva.</translation>
    </message>
    <message>
        <source>Half a real image</source>
        <translation>Media imagen real</translation>
    </message>
    <message>
        <source>Start again from the first half of a real training image, row by row, another one each time: the model draws the rest. Does it finish the picture the way the real one goes on?</source>
        <translation>Empezar de nuevo desde la primera mitad de una imagen de entrenamiento real, fila a fila, una distinta cada vez: el modelo dibuja el resto. ¿Termina la imagen como sigue la real?</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>¿Real o falsa?</translation>
    </message>
    <message>
        <source>Click a bar to force that grey for the framed pixel.</source>
        <translation>Haz clic en una barra para forzar ese gris en el píxel enmarcado.</translation>
    </message>
    <message>
        <source>{weights} weights · {levels} grey levels + 1 start token</source>
        <translation>{weights} pesos · {levels} niveles de gris + 1 token de inicio</translation>
    </message>
    <message>
        <source>The Pixels lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>El laboratorio Píxeles aprende de una carpeta de imágenes: suelta la carpeta que contiene {name}, no el archivo.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>The image is complete: press Undo or Clear.</source>
        <translation>La imagen está completa: pulsa Deshacer o Borrar.</translation>
    </message>
    <message>
        <source>Waiting for the model&apos;s guess…</source>
        <translation>Esperando la predicción del modelo…</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): the model&apos;s guess</source>
        <translation>Píxel {pixel} de {total} (fila {row}, columna {column}): la predicción del modelo</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): you chose grey {grey}</source>
        <translation>Píxel {pixel} de {total} (fila {row}, columna {column}): elegiste el gris {grey}</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): u = {u} drew grey {grey}</source>
        <translation>Píxel {pixel} de {total} (fila {row}, columna {column}): u = {u} extrajo el gris {grey}</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some drawn by the model pixel by pixel at the temperature of the drawing. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Un reto para la clase: 16 imágenes, unas reales y otras dibujadas por el modelo píxel a píxel, a la temperatura del dibujo. La clase elige las falsas; Revelar muestra la verdad y la puntuación.</translation>
    </message>
    <message>
        <source>Real or fake? needs a model: press Reset to start one.</source>
        <translation>«¿Real o falsa?» necesita un modelo: pulsa Reiniciar para empezar uno.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>looks at (earlier token)</source>
        <translation>mira a (token anterior)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Each row is a token of the context; its colours show how much of its attention goes to each earlier token (a row adds up to 1). Future tokens are masked: a model may not peek ahead.</source>
        <translation>Cada fila es un token del contexto; sus colores muestran cuánta de su atención va a cada token anterior (una fila suma 1). Los tokens futuros están enmascarados: un modelo no puede mirar hacia delante.</translation>
    </message>
    <message>
        <source>Attention weights</source>
        <translation>Pesos de atención</translation>
    </message>
    <message>
        <source>A heat map with one row and one column per token of the context: how much each token attends to each earlier token, from 0 to 1.</source>
        <translation>Un mapa de calor con una fila y una columna por token del contexto: cuánto atiende cada token a cada token anterior, de 0 a 1.</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>peso de atención</translation>
    </message>
    <message>
        <source>Which transformer block&apos;s attention to show.</source>
        <translation>Qué bloque transformer muestra su atención.</translation>
    </message>
    <message>
        <source>Each head learns its own pattern of what to look at; the mean shows them together.</source>
        <translation>Cada cabeza aprende su propio patrón de a qué mirar; la media las muestra juntas.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} de {total}</translation>
    </message>
    <message>
        <source>mean of heads</source>
        <translation>media de las cabezas</translation>
    </message>
    <message>
        <source>Next token: the model&apos;s probabilities</source>
        <translation>Siguiente token: las probabilidades del modelo</translation>
    </message>
    <message>
        <source>Last draw: press Next token</source>
        <translation>Última extracción: pulsa Siguiente token</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>{filtered}  (model {raw})</source>
        <translation>{filtered}  (modelo {raw})</translation>
    </message>
    <message>
        <source>Last draw: u = {u:.3f} fell in the stretch of &apos;{token}&apos;</source>
        <translation>Última extracción: u = {u:.3f} cayó en el tramo de &apos;{token}&apos;</translation>
    </message>
    <message>
        <source>Greedy: &apos;{token}&apos;, the most probable token (no random number)</source>
        <translation>Voraz: &apos;{token}&apos;, el token más probable (sin número aleatorio)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, which the filters had removed (no stretch)</source>
        <translation>Clic: &apos;{token}&apos;, que los filtros habían eliminado (sin tramo)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, {share} of the strip (no random number)</source>
        <translation>Clic: &apos;{token}&apos;, {share} de la tira (sin número aleatorio)</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the next token. Pale bars: the model&apos;s own probabilities. Solid bars: after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. Click a bar to force that token.</source>
        <translation>La predicción del modelo para el siguiente token. Barras pálidas: las probabilidades propias del modelo. Barras sólidas: tras temperatura, top-k y top-p, renormalizadas; las filas grises las eliminó un filtro. Haz clic en una barra para forzar ese token.</translation>
    </message>
    <message>
        <source>Next-token probabilities</source>
        <translation>Probabilidades del siguiente token</translation>
    </message>
    <message>
        <source>Horizontal bars, most probable token first: the model&apos;s probability of each token and the probability after temperature, top-k and top-p.</source>
        <translation>Barras horizontales, el token más probable primero: la probabilidad de cada token según el modelo y la probabilidad tras temperatura, top-k y top-p.</translation>
    </message>
    <message>
        <source>Type a prompt to see what comes next.</source>
        <translation>Escribe un texto inicial para ver qué viene después.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>after temperature / top-k / top-p</source>
        <translation>tras temperatura / top-k / top-p</translation>
    </message>
    <message>
        <source>Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of [0, 1) as long as its probability. A random number u picks the token whose stretch it falls in.</source>
        <translation>Muestreo: los tokens conservados se colocan uno tras otro, el más probable primero, de modo que cada uno ocupa un tramo de [0, 1) tan largo como su probabilidad. Un número aleatorio u elige el token en cuyo tramo cae.</translation>
    </message>
    <message>
        <source>Where the random number fell</source>
        <translation>Dónde cayó el número aleatorio</translation>
    </message>
    <message>
        <source>A strip from 0 to 1 cut into one stretch per kept token, as long as its probability, with a line at the random number u that picked the next token.</source>
        <translation>Una tira de 0 a 1 dividida en un tramo por cada token conservado, tan largo como su probabilidad, con una línea en el número aleatorio u que eligió el siguiente token.</translation>
    </message>
    <message>
        <source>Click a bar to force that token as the next one.</source>
        <translation>Haz clic en una barra para forzar ese token como el siguiente.</translation>
    </message>
    <message>
        <source>(all others)</source>
        <translation>(todos los demás)</translation>
    </message>
    <message>
        <source>Capitals of the world</source>
        <translation>Capitales del mundo</translation>
    </message>
    <message>
        <source>Capitals, a small text (over-fits)</source>
        <translation>Capitales, texto corto (sobreajusta)</translation>
    </message>
    <message>
        <source>Python code (from this computer)</source>
        <translation>Código Python (de este equipo)</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>The text the model learns from. Open or drop your own .txt file to add it here.</source>
        <translation>El texto del que aprende el modelo. Abre o suelta aquí tu propio archivo .txt para añadirlo.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns.</source>
        <translation>Cuántos números (pesos) aprende el modelo.</translation>
    </message>
    <message>
        <source>Preset: overfitting</source>
        <translation>Preajuste: sobreajuste</translation>
    </message>
    <message>
        <source>A small text and no dropout or weight decay, then a new model trains at once. Within a minute the held-out (validation) loss stops falling and rises while the training loss keeps falling: the model memorises its sentences instead of learning what makes new ones likely.</source>
        <translation>Un texto pequeño, sin dropout ni decaimiento de pesos, y luego un modelo nuevo entrena de inmediato. En menos de un minuto la pérdida de validación deja de bajar y sube mientras la de entrenamiento sigue bajando: el modelo memoriza sus frases en lugar de aprender qué hace probables a las nuevas.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>Devolver todos los ajustes de arriba a su valor predeterminado; después Nuevo modelo lo construye.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>The text as the model sees it: one coloured box per token. Blue: your prompt; orange: tokens the model generated; red: a word the model never saw in training (it becomes &lt;unk&gt;).</source>
        <translation>El texto tal como lo ve el modelo: un recuadro de color por token. Azul: tu texto inicial; naranja: tokens que generó el modelo; rojo: una palabra que el modelo nunca vio al entrenar (se convierte en &lt;unk&gt;).</translation>
    </message>
    <message>
        <source>Tokens of the text</source>
        <translation>Tokens del texto</translation>
    </message>
    <message>
        <source>Training went wrong: a learning rate that is too high makes each step overshoot, so the loss climbs instead of falling and the model ends up saying one word.</source>
        <translation>El entrenamiento salió mal: una tasa de aprendizaje demasiado alta hace que cada paso se pase de largo, así que la pérdida sube en lugar de bajar y el modelo acaba diciendo una sola palabra.</translation>
    </message>
    <message>
        <source>The text the model continues. Edit it and watch the probabilities change.</source>
        <translation>El texto que continúa el modelo. Edítalo y mira cómo cambian las probabilidades.</translation>
    </message>
    <message>
        <source>Type a prompt…</source>
        <translation>Escribe un texto inicial…</translation>
    </message>
    <message>
        <source>Cross-entropy loss: how surprised the model is by the true next token. Training loss is measured on the batches it learns from; validation loss on text it never trains on. The dot marks the lowest validation loss so far: if it stays behind while training goes on, the model over-fits.</source>
        <translation>Pérdida de entropía cruzada: cuánto le sorprende al modelo el verdadero siguiente token. La pérdida de entrenamiento se mide en los lotes de los que aprende; la de validación, en texto con el que nunca entrena. El punto marca la menor pérdida de validación hasta ahora: si se queda atrás mientras el entrenamiento continúa, el modelo sobreajusta.</translation>
    </message>
    <message>
        <source>Training and validation loss</source>
        <translation>Pérdida de entrenamiento y de validación</translation>
    </message>
    <message>
        <source>Curves of the cross-entropy loss over the training steps, on the training batches and on held-out text, with a dot at the lowest held-out loss.</source>
        <translation>Curvas de la pérdida de entropía cruzada a lo largo de los pasos de entrenamiento, en los lotes de entrenamiento y en texto de validación, con un punto en la menor pérdida de validación.</translation>
    </message>
    <message>
        <source>Sampling the next token</source>
        <translation>Muestreo del siguiente token</translation>
    </message>
    <message>
        <source>The seed of the random numbers u. The same seed, model and settings draw the same tokens again; Undo then Next token repeats a draw.</source>
        <translation>La semilla de los números aleatorios u. La misma semilla, modelo y ajustes vuelven a extraer los mismos tokens; Deshacer y luego Siguiente token repite una extracción.</translation>
    </message>
    <message>
        <source>How many of the most probable tokens get a bar.</source>
        <translation>Cuántos de los tokens más probables reciben una barra.</translation>
    </message>
    <message>
        <source>How many tokens Generate adds, one at a time.</source>
        <translation>Cuántos tokens añade Generar, uno a uno.</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each drawn token stays highlighted before it is added to the text.</source>
        <translation>Cuánto tiempo permanece resaltado cada token extraído antes de añadirse al texto.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Semilla de muestreo</translation>
    </message>
    <message>
        <source>Bars shown</source>
        <translation>Barras mostradas</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>Siguiente token</translation>
    </message>
    <message>
        <source>Draw one token from the solid bars and add it to the text.</source>
        <translation>Extraer un token de las barras sólidas y añadirlo al texto.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Remove the last generated token.</source>
        <translation>Quitar el último token generado.</translation>
    </message>
    <message>
        <source>Add tokens one at a time, as many as set under Generate. While it generates, the button reads Stop.</source>
        <translation>Añadir tokens uno a uno, tantos como indique Generar. Mientras genera, el botón dice Detener.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every generated token and keep the prompt.</source>
        <translation>Quitar todos los tokens generados y conservar el texto inicial.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Texto inicial</translation>
    </message>
    <message>
        <source>{weights} weights · {tokens} tokens in the vocabulary</source>
        <translation>{weights} pesos · {tokens} tokens en el vocabulario</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>best held-out: step {step}</source>
        <translation>mejor en validación: paso {step}</translation>
    </message>
    <message>
        <source>Probe a word</source>
        <translation>Probar una palabra</translation>
    </message>
    <message>
        <source>Type any word and press Enter to see how probable the model finds it as the next token, and where it ranks among all the tokens it knows.</source>
        <translation>Escribe cualquier palabra y pulsa Intro para ver qué probabilidad le da el modelo como siguiente token y en qué puesto queda entre todos los tokens que conoce.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has a character this model never saw: its vocabulary is {count} characters.</source>
        <translation>&apos;{word}&apos; tiene un carácter que este modelo nunca vio: su vocabulario es de {count} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in this model&apos;s vocabulary of {count} tokens.</source>
        <translation>&apos;{word}&apos; no está en el vocabulario de {count} tokens de este modelo.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is {pieces} tokens for this model. Its first, &apos;{token}&apos;, next: P = {share} · rank {rank} of {count}</source>
        <translation>&apos;{word}&apos; son {pieces} tokens para este modelo. El primero, &apos;{token}&apos;, como siguiente: P = {share} · puesto {rank} de {count}</translation>
    </message>
    <message>
        <source>P(&apos;{token}&apos;) = {share} · rank {rank} of {count}</source>
        <translation>P(&apos;{token}&apos;) = {share} · puesto {rank} de {count}</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>¿Qué viene después?</translation>
    </message>
    <message>
        <source>A quiz: the bars hide and four candidates appear, the model&apos;s three favourites and one from further down, shuffled. The class guesses which one the model finds most likely, then Reveal shows the bars. Try it on the untrained model, then on the trained one.</source>
        <translation>Un reto: las barras se ocultan y aparecen cuatro candidatos, mezclados: los tres favoritos del modelo y uno de más abajo. La clase adivina cuál le parece más probable al modelo y luego Revelar muestra las barras. Pruébalo con el modelo sin entrenar y luego con el entrenado.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Ask about the text as it is now. The sampling seed and the question&apos;s number pick and shuffle the candidates, so the same seed asks the same questions again.</source>
        <translation>Preguntar sobre el texto tal como está ahora. La semilla de muestreo y el número de la pregunta eligen y mezclan los candidatos, así que la misma semilla vuelve a hacer las mismas preguntas.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Show the bars, with the class&apos;s guess marked.</source>
        <translation>Mostrar las barras, con la respuesta de la clase marcada.</translation>
    </message>
    <message>
        <source>Click the token the class guesses.</source>
        <translation>Haz clic en el token que elige la clase.</translation>
    </message>
    <message>
        <source>Yes: &apos;{token}&apos; is the model&apos;s favourite, at {share}.</source>
        <translation>Sí: &apos;{token}&apos; es el favorito del modelo, con {share}.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is the model&apos;s choice number {rank}, at {share}. Its favourite is &apos;{best}&apos;, at {best_share}.</source>
        <translation>&apos;{token}&apos; es la opción número {rank} del modelo, con {share}. Su favorito es &apos;{best}&apos;, con {best_share}.</translation>
    </message>
    <message>
        <source>Score: {right} of {asked} guesses were the model&apos;s favourite</source>
        <translation>Puntuación: {right} de {asked} respuestas eran el favorito del modelo</translation>
    </message>
    <message>
        <source>Which one does the model find most likely next? Click the class&apos;s guess, then Reveal.</source>
        <translation>¿Cuál le parece más probable al modelo como siguiente? Haz clic en la respuesta de la clase y luego en Revelar.</translation>
    </message>
</context>
<context>
    <name>vae</name>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>bermellón</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>rosa</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>celeste</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>marrón</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>violeta</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>círculo</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triángulo</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>star</source>
        <translation>estrella</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>más</translation>
    </message>
    <message>
        <source>down triangle</source>
        <translation>triángulo invertido</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>rombo</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>cruz</translation>
    </message>
    <message>
        <source>hourglass</source>
        <translation>reloj de arena</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <source>{colour} {marker}</source>
        <translation>{marker} {colour}</translation>
    </message>
    <message>
        <source>{name}: {looks}</source>
        <translation>{name}: {looks}</translation>
    </message>
    <message>
        <source>β weighs the KL term against the reconstruction. β = 1 is the true VAE (the evidence lower bound). Lower β: sharper reconstructions, but codes spread out and leave holes, so samples from the prior get worse (β = 0 is a plain autoencoder). Higher β: codes are pushed towards the prior N(0, I), the map gets smooth and tidy, and images get blurrier. Changes take effect at the next training step.</source>
        <translation>β pondera el término KL frente a la reconstrucción. β = 1 es el VAE verdadero (la cota inferior de la evidencia). β más bajo: reconstrucciones más nítidas, pero los códigos se dispersan y dejan huecos, así que las muestras de la distribución a priori empeoran (β = 0 es un autocodificador simple). β más alto: los códigos se empujan hacia la distribución a priori N(0, I), el mapa se vuelve suave y ordenado, y las imágenes más borrosas. Los cambios se aplican en el siguiente paso de entrenamiento.</translation>
    </message>
    <message>
        <source>Click two examples on the latent map to walk from one to the other.</source>
        <translation>Haz clic en dos ejemplos del mapa latente para recorrer el camino de uno a otro.</translation>
    </message>
    <message>
        <source>While it trains</source>
        <translation>Mientras entrena</translation>
    </message>
    <message>
        <source>β, the weight of the KL term</source>
        <translation>β, el peso del término KL</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (peso de KL)</translation>
    </message>
    <message>
        <source>Sample from the prior</source>
        <translation>Muestrear de la distribución a priori</translation>
    </message>
    <message>
        <source>Draw random codes z from N(0, I), the distribution the KL term pulls the codes towards, and decode them: new images that are in no data set. Their codes appear on the map as black rings with a cross, larger than the examples&apos; markers.</source>
        <translation>Tomar códigos z aleatorios de N(0, I), la distribución hacia la que el término KL atrae los códigos, y decodificarlos: imágenes nuevas que no están en ningún conjunto de datos. Sus códigos aparecen en el mapa como anillos negros con una cruz, más grandes que los marcadores de los ejemplos.</translation>
    </message>
    <message>
        <source>Walk again</source>
        <translation>Recorrer de nuevo</translation>
    </message>
    <message>
        <source>Decode evenly spaced codes on the straight line between the two picked examples&apos; codes, one step at a time, with the model as it is now.</source>
        <translation>Decodificar códigos equiespaciados sobre la recta entre los códigos de los dos ejemplos elegidos, un paso cada vez, con el modelo tal como está ahora.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step of a walk is shown before the next one is decoded.</source>
        <translation>Cuánto tiempo se muestra cada paso de un recorrido antes de decodificar el siguiente.</translation>
    </message>
    <message>
        <source>Walk pace</source>
        <translation>Ritmo del recorrido</translation>
    </message>
    <message>
        <source>β = {beta}</source>
        <translation>β = {beta}</translation>
    </message>
    <message>
        <source>z₁</source>
        <translation>z₁</translation>
    </message>
    <message>
        <source>z₂</source>
        <translation>z₂</translation>
    </message>
    <message>
        <source>Each dot is one training example, drawn at the mean of its code q(z | x): the encoder squeezes a whole image into these two numbers. Similar examples end up close together, and the map reorganises as the VAE learns. Drag the red target to decode any point; click two dots to walk from one example to the other. With more than two latent numbers, the map shows the two directions in which the codes vary most (PCA); the percentages say how much of their spread each direction holds.</source>
        <translation>Cada punto es un ejemplo de entrenamiento, dibujado en la media de su código q(z | x): el codificador comprime una imagen entera en estos dos números. Los ejemplos parecidos acaban cerca unos de otros, y el mapa se reorganiza a medida que el VAE aprende. Arrastra la diana roja para decodificar cualquier punto; haz clic en dos puntos para recorrer el camino de un ejemplo al otro. Con más de dos números latentes, el mapa muestra las dos direcciones en las que más varían los códigos (PCA); los porcentajes indican qué parte de su dispersión recoge cada dirección.</translation>
    </message>
    <message>
        <source>Latent map: each example&apos;s code</source>
        <translation>Mapa latente: el código de cada ejemplo</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>Mapa latente</translation>
    </message>
    <message>
        <source>A scatter plot of every training example at its two-number code, with a marker of its class&apos;s colour and shape; a draggable target marks the code decoded in At the marker.</source>
        <translation>Un diagrama de dispersión de todos los ejemplos de entrenamiento en su código de dos números, con un marcador del color y la forma de su clase; una diana arrastrable marca el código decodificado en En el marcador.</translation>
    </message>
    <message>
        <source>decoded here</source>
        <translation>decodificado aquí</translation>
    </message>
    <message>
        <source>training examples</source>
        <translation>ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>{tip}

Colour and marker show the class: {classes}.</source>
        <translation>{tip}

El color y el marcador indican la clase: {classes}.</translation>
    </message>
    <message>
        <source>prior samples</source>
        <translation>muestras a priori</translation>
    </message>
    <message>
        <source>PCA axis {number} of z ({share})</source>
        <translation>Eje PCA {number} de z ({share})</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>Reconstrucciones</translation>
    </message>
    <message>
        <source>Grey: real points. Blue: what the VAE makes of each after squeezing it through the latent space (decoded from the mean code); a line joins each pair.</source>
        <translation>Gris: puntos reales. Azul: lo que el VAE hace de cada uno tras comprimirlo a través del espacio latente (decodificado a partir del código medio); una línea une cada par.</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>reconstruido</translation>
    </message>
    <message>
        <source>Decoded manifold in data space</source>
        <translation>Variedad decodificada en el espacio de datos</translation>
    </message>
    <message>
        <source>Blue lines: an even grid over the latent map, decoded into the plane; where the lines bunch up the decoder packs many codes into little space. Grey: training points. Red: the decoding of the marker you drag. Orange: a walk between two examples. Green crosshairs: points decoded from codes drawn from the prior.</source>
        <translation>Líneas azules: una cuadrícula regular sobre el mapa latente, decodificada en el plano; donde las líneas se amontonan, el decodificador mete muchos códigos en poco espacio. Gris: puntos de entrenamiento. Rojo: la decodificación del marcador que arrastras. Naranja: un recorrido entre dos ejemplos. Cruces verdes: puntos decodificados a partir de códigos tomados de la distribución a priori.</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>puntos de entrenamiento</translation>
    </message>
    <message>
        <source>decoded latent grid</source>
        <translation>cuadrícula latente decodificada</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>recorrido</translation>
    </message>
    <message>
        <source>at the marker</source>
        <translation>en el marcador</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>What the VAE learns to compress. Open or drop a folder of images to add it here.</source>
        <translation>Lo que el VAE aprende a comprimir. Abre o suelta aquí una carpeta de imágenes para añadirla.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>How many numbers (weights) the encoder and decoder learn together.</source>
        <translation>Cuántos números (pesos) aprenden juntos el codificador y el decodificador.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Put every setting back to the one genviz starts with; β at once, the others when you press New model.</source>
        <translation>Devolver todos los ajustes al valor con el que empieza genviz; β al instante, los demás cuando pulses Nuevo modelo.</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>reconstrucción</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>divergencia KL</translation>
    </message>
    <message>
        <source>total = reconstruction + β · KL</source>
        <translation>total = reconstrucción + β · KL</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>En el marcador</translation>
    </message>
    <message>
        <source>The decoder&apos;s image for the code under the red target: drag the target and watch it change.</source>
        <translation>La imagen del decodificador para el código bajo la diana roja: arrastra la diana y mira cómo cambia.</translation>
    </message>
    <message>
        <source>Walk between two examples</source>
        <translation>Recorrido entre dos ejemplos</translation>
    </message>
    <message>
        <source>A and B are the real images you clicked; between them, the decodings of evenly spaced codes on the straight line from A&apos;s code to B&apos;s, revealed one step at a time.</source>
        <translation>A y B son las imágenes reales en las que hiciste clic; entre ellas, las decodificaciones de códigos equiespaciados sobre la recta del código de A al de B, que aparecen un paso cada vez.</translation>
    </message>
    <message>
        <source>Top row: real images, always the same ones. Bottom row: what the VAE makes of each after squeezing it into its code and decoding it again (from the mean code, so the picture is steady).</source>
        <translation>Fila superior: imágenes reales, siempre las mismas. Fila inferior: lo que el VAE hace de cada una tras comprimirla en su código y decodificarla de nuevo (a partir del código medio, para que la imagen sea estable).</translation>
    </message>
    <message>
        <source>Decoded manifold</source>
        <translation>Variedad decodificada</translation>
    </message>
    <message>
        <source>Images decoded from an even grid of codes over the dashed area of the latent map, placed where their codes are: the whole space the decoder has learned, at a glance.</source>
        <translation>Imágenes decodificadas a partir de una cuadrícula regular de códigos sobre la zona discontinua del mapa latente, colocadas donde están sus códigos: todo el espacio que ha aprendido el decodificador, de un vistazo.</translation>
    </message>
    <message>
        <source>Samples from the prior</source>
        <translation>Muestras de la distribución a priori</translation>
    </message>
    <message>
        <source>Images decoded from random codes drawn from N(0, I). They are in no data set: press Sample from the prior.</source>
        <translation>Imágenes decodificadas a partir de códigos aleatorios tomados de N(0, I). No están en ningún conjunto de datos: pulsa Muestrear de la distribución a priori.</translation>
    </message>
    <message>
        <source>Loss (nats per example)</source>
        <translation>Pérdida (nats por ejemplo)</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>nats por ejemplo</translation>
    </message>
    <message>
        <source>Reconstruction: how badly the decoded example matches the real one (−log p(x | z)). KL divergence: how far the codes q(z | x) are from the prior N(0, I), in nats. The VAE minimises their sum with the KL weighted by β: the negative evidence lower bound (ELBO) when β = 1.</source>
        <translation>Reconstrucción: lo mal que el ejemplo decodificado se parece al real (−log p(x | z)). Divergencia KL: lo lejos que están los códigos q(z | x) de la distribución a priori N(0, I), en nats. El VAE minimiza su suma con la KL ponderada por β: la cota inferior de la evidencia (ELBO) cambiada de signo cuando β = 1.</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the VAE&apos;s decoder made the others from random codes drawn from the prior. Click the ones you think are fake, then press Reveal.</source>
        <translation>Algunas de estas imágenes son imágenes de entrenamiento reales; el decodificador del VAE creó las demás a partir de códigos aleatorios tomados de la distribución a priori. Haz clic en las que creas que son falsas y luego pulsa Revelar.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>¿Real o falsa?</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Curves of the reconstruction loss, the KL divergence and their total over the training steps.</source>
        <translation>Curvas de la pérdida de reconstrucción, la divergencia KL y su total a lo largo de los pasos de entrenamiento.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} pesos</translation>
    </message>
    <message>
        <source>The VAE lab learns from a folder of images: drop the folder that holds {file}, not the file.</source>
        <translation>El laboratorio VAE aprende de una carpeta de imágenes: suelta la carpeta que contiene {file}, no el archivo.</translation>
    </message>
    <message>
        <source>A: {example}. Now click a second example.</source>
        <translation>A: {example}. Ahora haz clic en un segundo ejemplo.</translation>
    </message>
    <message>
        <source>A: {a}
B: {b}
Click two examples on the map to walk between others.</source>
        <translation>A: {a}
B: {b}
Haz clic en dos ejemplos del mapa para recorrer el camino entre otros.</translation>
    </message>
    <message>
        <source>example #{index}</source>
        <translation>ejemplo n.º {index}</translation>
    </message>
    <message>
        <source>example #{index} ({label})</source>
        <translation>ejemplo n.º {index} ({label})</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>decodificado</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some decoded from random codes drawn from the prior. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Un reto para la clase: 16 imágenes, unas reales y otras decodificadas a partir de códigos aleatorios tomados de la distribución a priori. La clase elige las falsas; Revelar muestra la verdad y la puntuación.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«¿Real o falsa?» necesita imágenes: elige un conjunto de datos de imágenes (Dígitos, MNIST, ...) y empieza un modelo nuevo con él.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Ocultar este mensaje.</translation>
    </message>
    <message>
        <source>genviz: watch generative models learn</source>
        <translation>genviz: mira cómo aprenden los modelos generativos</translation>
    </message>
    <message>
        <source>Train from here?</source>
        <translation>¿Entrenar desde aquí?</translation>
    </message>
    <message>
        <source>Training from step {step:,} forgets the {later:,} steps the model learnt after it. Train from here?</source>
        <translation>Entrenar desde el paso {step:,} olvida los {later:,} pasos que el modelo aprendió después. ¿Entrenar desde aquí?</translation>
    </message>
    <message>
        <source>{file} holds a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} contiene un modelo del laboratorio {lab}, que esta aplicación no tiene.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”: PageDown for the next step, F5 to present.</source>
        <translation>Se abrió la lección «{title}»: AvPág para el paso siguiente, F5 para presentar.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>Lección guardada en {path}</translation>
    </message>
    <message>
        <source>{file} is a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} es un modelo del laboratorio {lab}, que esta aplicación no tiene.</translation>
    </message>
    <message>
        <source>starting the model engine…</source>
        <translation>iniciando el motor del modelo…</translation>
    </message>
    <message>
        <source>How many training steps (weight updates) the model has taken.</source>
        <translation>Cuántos pasos de entrenamiento (actualizaciones de pesos) ha dado el modelo.</translation>
    </message>
    <message>
        <source>The training loss of the last step: how wrong the model was. Lower is better.</source>
        <translation>La pérdida de entrenamiento del último paso: cuánto se equivocó el modelo. Cuanto menor, mejor.</translation>
    </message>
    <message>
        <source>Training steps per second on this machine.</source>
        <translation>Pasos de entrenamiento por segundo en este equipo.</translation>
    </message>
    <message>
        <source>Where the model runs: a GPU when there is one, else the CPU.</source>
        <translation>Dónde se ejecuta el modelo: en una GPU si la hay, si no en la CPU.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Abrir archivo de datos…</translation>
    </message>
    <message>
        <source>Open a file for the current lab (a .txt corpus in the Text lab).</source>
        <translation>Abrir un archivo para el laboratorio actual (un corpus .txt en el laboratorio Texto).</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <source>Open a model saved by any lab (File &gt; Save model or genviz train).</source>
        <translation>Abrir un modelo guardado por cualquier laboratorio (Archivo &gt; Guardar modelo o genviz train).</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Guardar modelo…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;lección…</translation>
    </message>
    <message>
        <source>Open a lesson ({suffix}): its labs with their trained models and its script of steps, with nothing to train.</source>
        <translation>Abrir una lección ({suffix}): sus laboratorios con sus modelos entrenados y su guion de pasos, sin nada que entrenar.</translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation>Guardar lecc&amp;ión…</translation>
    </message>
    <message>
        <source>Save the labs&apos; trained models, what each shows and one step per lab as a lesson to open in class.</source>
        <translation>Guardar los modelos entrenados de los laboratorios, lo que muestra cada uno y un paso por laboratorio como una lección para abrir en clase.</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <source>Save s&amp;creenshot…</source>
        <translation>Guardar &amp;captura de pantalla…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Settings column</source>
        <translation>Columna de ajustes</translation>
    </message>
    <message>
        <source>Hide the settings to give the pictures the room (Ctrl+B).</source>
        <translation>Ocultar los ajustes para dejar sitio a las imágenes (Ctrl+B).</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentador</translation>
    </message>
    <message>
        <source>For the projector: full screen, larger text, no settings, the lesson&apos;s caption at the top. PageDown/PageUp or Right/Left move through the lesson, B blanks the screen, Esc leaves.</source>
        <translation>Para el proyector: pantalla completa, texto más grande, sin ajustes, con el rótulo de la lección arriba. AvPág/RePág o Derecha/Izquierda recorren la lección, B pone la pantalla en negro, Esc sale.</translation>
    </message>
    <message>
        <source>Projector colours</source>
        <translation>Colores para proyector</translation>
    </message>
    <message>
        <source>A dark background, light text, thick lines and large markers: readable on a washed-out projector.</source>
        <translation>Fondo oscuro, texto claro, líneas gruesas y marcadores grandes: legible en un proyector con colores desvaídos.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>genviz speaks the new language when it opens next.</source>
        <translation>genviz usará el nuevo idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>genviz could not start again: close it and open it yourself to see the new language.</source>
        <translation>genviz no pudo reiniciarse: ciérralo y ábrelo tú mismo para ver el nuevo idioma.</translation>
    </message>
    <message>
        <source>step —</source>
        <translation>paso —</translation>
    </message>
    <message>
        <source>loss —</source>
        <translation>pérdida —</translation>
    </message>
    <message>
        <source>— steps/s</source>
        <translation>— pasos/s</translation>
    </message>
    <message>
        <source>step {step:,}</source>
        <translation>paso {step:,}</translation>
    </message>
    <message>
        <source>loss {loss:.3f}</source>
        <translation>pérdida {loss:.3f}</translation>
    </message>
    <message>
        <source>{speed:.0f} steps/s</source>
        <translation>{speed:.0f} pasos/s</translation>
    </message>
    <message>
        <source>running on {device}</source>
        <translation>ejecutándose en {device}</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Abrir un archivo de datos</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Esc or a double-click brings every panel back.</source>
        <translation>Esc o un doble clic hace volver todos los paneles.</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Abrir una lección</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Guardar la lección</translation>
    </message>
    <message>
        <source>Open a trained model</source>
        <translation>Abrir un modelo entrenado</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>Guardar el modelo entrenado</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>Modelo guardado en {path}</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Guardar una captura de pantalla</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>genviz lessons (*{suffix})</source>
        <translation>Lecciones de genviz (*{suffix})</translation>
    </message>
    <message>
        <source>genviz models (*{suffix})</source>
        <translation>Modelos de genviz (*{suffix})</translation>
    </message>
</context>
</TS>
