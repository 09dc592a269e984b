<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>A generator turns noise into an image in one pass, taught by a discriminator.</source>
        <translation>生成器一次就把噪声变成图像，由判别器来教它。</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>A decoder turns a code drawn from N(0, I) into an image in one pass.</source>
        <translation>解码器一次就把从 N(0, I) 中抽取的编码变成图像。</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>扩散</translation>
    </message>
    <message>
        <source>A denoiser takes noise and removes a little of it at each step.</source>
        <translation>去噪器从噪声出发，每一步去掉其中一点点噪声。</translation>
    </message>
    <message>
        <source>Diffusion&apos;s grid and How one is made take {grid} DDIM steps, so that they can be made again while it trains; the results table judges samples made over {judged} DDPM steps, a little clearer.</source>
        <translation>扩散的网格和“如何生成一个”使用 {grid} 步 DDIM，以便在训练时重新生成；结果表评判的样本用 {judged} 步 DDPM 生成，稍清晰一些。</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>A transformer writes the image one pixel at a time, each from the ones before it.</source>
        <translation>Transformer 逐个像素地写出图像，每个像素都根据它前面的像素生成。</translation>
    </message>
    <message>
        <source>There is no family called &apos;{name}&apos;: choose from {choices}.</source>
        <translation>没有名为“{name}”的模型家族：请从 {choices} 中选择。</translation>
    </message>
    <message>
        <source>List the families separated by commas, e.g. gan,vae,diffusion, not &apos;{text}&apos;.</source>
        <translation>请用逗号分隔各个家族，例如 gan,vae,diffusion，而不是“{text}”。</translation>
    </message>
    <message>
        <source>Each family may be listed once, not &apos;{text}&apos;.</source>
        <translation>每个家族只能列出一次，而不是“{text}”。</translation>
    </message>
    <message>
        <source>Pick at least one family to compare.</source>
        <translation>请至少选择一个家族进行比较。</translation>
    </message>
    <message>
        <source>The {family} family is not part of this genviz yet.</source>
        <translation>{family} 家族还不是这个 genviz 的一部分。</translation>
    </message>
    <message>
        <source>The {family} family draws images pixel by pixel, so it cannot learn the 2-D set {data}: pick an image set, or leave {name} out.</source>
        <translation>{family} 家族逐像素绘制图像，因此无法学习二维数据集 {data}：请选择一个图像数据集，或去掉 {name}。</translation>
    </message>
    <message>
        <source>No Python source could be read from the standard library on this computer.</source>
        <translation>无法从这台计算机的标准库中读取任何 Python 源代码。</translation>
    </message>
    <message>
        <source>The file {name} looks like a binary file, not text.</source>
        <translation>文件 {name} 看起来是二进制文件，而不是文本。</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text.</source>
        <translation>文件 {name} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>文件 {name} 是空的。</translation>
    </message>
    <message>
        <source>Facts about countries and their capitals, in many phrasings (about 2 MB).</source>
        <translation>关于各国及其首都的事实，有多种表述方式（约 2 MB）。</translation>
    </message>
    <message>
        <source>The same facts, but only 40 KB of them: a model soon memorises so short a text, and its held-out loss rises (overfitting).</source>
        <translation>同样的事实，但只有 40 KB：这么短的文本，模型很快就会背下来，它在留出数据上的损失随之上升（过拟合）。</translation>
    </message>
    <message>
        <source>Python source code from the standard library, for code generation (about 1 MB).</source>
        <translation>来自标准库的 Python 源代码，用于代码生成（约 1 MB）。</translation>
    </message>
    <message>
        <source>2-D: ring of 8 Gaussians</source>
        <translation>二维：8 个高斯分布组成的环</translation>
    </message>
    <message>
        <source>Eight blobs on a circle: the classic test of whether a model finds every mode.</source>
        <translation>圆周上的八个团块：检验模型能否找到每个模式的经典测试。</translation>
    </message>
    <message>
        <source>2-D: 5 × 5 grid of Gaussians</source>
        <translation>二维：5 × 5 高斯网格</translation>
    </message>
    <message>
        <source>25 blobs: harder to cover than the ring.</source>
        <translation>25 个团块：比圆环更难全部覆盖。</translation>
    </message>
    <message>
        <source>2-D: two moons</source>
        <translation>二维：双月</translation>
    </message>
    <message>
        <source>Two interleaved half circles.</source>
        <translation>两个相互交错的半圆。</translation>
    </message>
    <message>
        <source>2-D: spiral</source>
        <translation>二维：螺旋</translation>
    </message>
    <message>
        <source>One long curved arm: the model must bend its noise a lot.</source>
        <translation>一条长长的弯曲旋臂：模型必须把噪声弯曲得很厉害。</translation>
    </message>
    <message>
        <source>2-D: line</source>
        <translation>二维：直线</translation>
    </message>
    <message>
        <source>A thin diagonal segment: one dimension inside two.</source>
        <translation>一条细长的斜线段：二维中的一维。</translation>
    </message>
    <message>
        <source>Digits (8 × 8, built in)</source>
        <translation>手写数字（8 × 8，内置）</translation>
    </message>
    <message>
        <source>The 1,797 small handwritten digits that ship with scikit-learn.</source>
        <translation>scikit-learn 自带的 1797 个小尺寸手写数字。</translation>
    </message>
    <message>
        <source>MNIST digits (28 × 28)</source>
        <translation>MNIST 手写数字（28 × 28）</translation>
    </message>
    <message>
        <source>70,000 handwritten digits. Needs the MNIST files: genviz data mnist --download fetches them once.</source>
        <translation>7 万个手写数字。需要 MNIST 文件：genviz data mnist --download 会下载一次。</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28 × 28)</source>
        <translation>Fashion-MNIST（28 × 28）</translation>
    </message>
    <message>
        <source>Clothes and shoes in 10 classes. Needs the files: genviz data fashion --download fetches them once.</source>
        <translation>10 个类别的服装和鞋子。需要相应文件：genviz data fashion --download 会下载一次。</translation>
    </message>
    <message>
        <source>mode {number}</source>
        <translation>模式 {number}</translation>
    </message>
    <message>
        <source>upper moon</source>
        <translation>上弯月</translation>
    </message>
    <message>
        <source>lower moon</source>
        <translation>下弯月</translation>
    </message>
    <message>
        <source>{name} has {count} images; ask for at most {count}.</source>
        <translation>{name} 有 {count} 张图像；最多只能请求 {count} 张。</translation>
    </message>
    <message>
        <source>1 unreadable file was skipped.</source>
        <translation>已跳过 1 个无法读取的文件。</translation>
    </message>
    <message>
        <source>{count} unreadable files were skipped.</source>
        <translation>已跳过 {count} 个无法读取的文件。</translation>
    </message>
    <message>
        <source>1 image over {megapixels:g} megapixels was skipped.</source>
        <translation>已跳过 1 张超过 {megapixels:g} 百万像素的图像。</translation>
    </message>
    <message>
        <source>{count} images over {megapixels:g} megapixels were skipped.</source>
        <translation>已跳过 {count} 张超过 {megapixels:g} 百万像素的图像。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a built-in data set ({choices}) nor a folder of images.</source>
        <translation>“{name}”既不是内置数据集（{choices}），也不是图像文件夹。</translation>
    </message>
    <message>
        <source>Drawn points must be pairs (x, y); got an array of shape {shape}.</source>
        <translation>画出的点必须是 (x, y) 坐标对；收到的数组形状为 {shape}。</translation>
    </message>
    <message>
        <source>Draw at least {count} points first.</source>
        <translation>请先画至少 {count} 个点。</translation>
    </message>
    <message>
        <source>Some drawn points are not finite numbers.</source>
        <translation>有些画出的点不是有限的数。</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} 是损坏或不完整的 gzip 文件。</translation>
    </message>
    <message>
        <source>{name} unzips to more than {megabytes} MB: it is not an MNIST-style file.</source>
        <translation>{name} 解压后超过 {megabytes} MB：它不是 MNIST 格式的文件。</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it does not start with an IDX header.</source>
        <translation>{name} 不是 IDX 文件：它不是以 IDX 文件头开始的。</translation>
    </message>
    <message>
        <source>{name} is truncated: it ends inside its IDX header.</source>
        <translation>{name} 不完整：它在 IDX 文件头中间就结束了。</translation>
    </message>
    <message>
        <source>{name} is truncated: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} 不完整：文件头声明有 {expected} 字节的数值，实际只有 {held}。</translation>
    </message>
    <message>
        <source>{name} is longer than its header says: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} 比文件头所说的更长：文件头声明有 {expected} 字节的数值，实际有 {held}。</translation>
    </message>
    <message>
        <source>{title} is not in {folder}: choose the folder holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, or download it with: genviz data {kind} --download.</source>
        <translation>{title} 不在 {folder} 中：请选择包含 train-images-idx3-ubyte.gz 和 train-labels-idx1-ubyte.gz 的文件夹，或用以下命令下载：genviz data {kind} --download。</translation>
    </message>
    <message>
        <source>{name} does not hold 8-bit images (its shape is {shape}).</source>
        <translation>{name} 不包含 8 位图像（其形状为 {shape}）。</translation>
    </message>
    <message>
        <source>{name} holds {labels} labels for {images} images.</source>
        <translation>{name} 有 {labels} 个标签，却有 {images} 张图像。</translation>
    </message>
    <message>
        <source>Could not download {name}: {failures}.</source>
        <translation>无法下载 {name}：{failures}。</translation>
    </message>
    <message>
        <source>The download of {name} does not match its SHA-256 checksum, so it was deleted; try again later.</source>
        <translation>{name} 的下载与其 SHA-256 校验和不符，因此已被删除；请稍后再试。</translation>
    </message>
    <message>
        <source>There is no download for &apos;{kind}&apos;; choose one of: {choices}.</source>
        <translation>没有“{kind}”的下载；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>Cannot create the cache folder {folder}: {reason}.</source>
        <translation>无法创建缓存文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys most of the signal early; cosine (Nichol &amp; Dhariwal 2021) fades it more evenly, so more steps carry useful information.</source>
        <translation>噪声调度：随着 t 增大，数据淡入噪声的速度。线性调度（Ho et al. 2020）在早期就破坏了大部分信号；余弦调度（Nichol &amp; Dhariwal 2021）淡化得更均匀，因此有更多步骤携带有用信息。</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation>步数 T</translation>
    </message>
    <message>
        <source>T, the number of noising steps. x_T is practically pure noise. DDPM sampling takes all T steps back; DDIM can skip.</source>
        <translation>T，加噪步骤的数量。x_T 几乎是纯噪声。DDPM 采样要倒着走完全部 T 步；DDIM 可以跳步。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Network width: hidden units of the 2-D MLP, or channels of the U-Net&apos;s first level. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>网络宽度：二维 MLP 的隐藏单元数，或 U-Net 第一层级的通道数。选“自动”时，二维数据取 {points}，图像取 {images}。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Network depth: hidden layers of the MLP, or how many times the U-Net halves the image. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>网络深度：MLP 的隐藏层数，或 U-Net 将图像尺寸减半的次数。选“自动”时，二维数据取 {points}，图像取 {images}。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Examples per training step, each noised to its own random t. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>每个训练步的样本数，每个样本各自加噪到一个随机的 t。选“自动”时，二维数据取 {points}，图像取 {images}。</translation>
    </message>
    <message>
        <source> &apos;auto&apos; picks a larger rate for 2-D data than for images.</source>
        <translation>选“自动”时，二维数据使用的学习率比图像更大。</translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation>EMA 衰减</translation>
    </message>
    <message>
        <source>Samples come from a moving average of the weights (EMA): after each step it moves this little towards the new weights (1 - decay). It smooths out the jitter of single steps.</source>
        <translation>样本来自权重的滑动平均（EMA）：每一步之后，它朝新权重移动这么一小段（1 - 衰减）。这能平滑单步带来的抖动。</translation>
    </message>
    <message>
        <source>Min-SNR weight</source>
        <translation>Min-SNR 加权</translation>
    </message>
    <message>
        <source>Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the data and its large, jumpy errors steer training; each timestep&apos;s loss is scaled by min(SNR, gamma) / SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. It helps images, but 2-D mixtures learn their sharp modes at low noise. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Min-SNR 损失加权（Hang et al. 2023）。在低噪声时，噪声很难与数据中的细节区分开，它巨大而跳跃的误差会左右训练；每个时间步的损失都乘以 min(SNR, gamma) / SNR，其中 SNR = 信号² / 噪声²，gamma 即此值。0 表示 Ho et al. 2020 的普通损失。它对图像有帮助，但二维混合分布恰恰是在低噪声时学到其尖锐的模式。选“自动”时，二维数据取 {points}，图像取 {images}。</translation>
    </message>
    <message>
        <source>the starting weights, the batches and their noise</source>
        <translation>初始权重、批次及其噪声</translation>
    </message>
    <message>
        <source>Keep colours</source>
        <translation>保留颜色</translation>
    </message>
    <message>
        <source>Train a folder of images in colour (three channels) instead of grey.</source>
        <translation>以彩色（三个通道）而不是灰度来训练图像文件夹。</translation>
    </message>
    <message>
        <source>Noise size</source>
        <translation>噪声维度</translation>
    </message>
    <message>
        <source>Numbers in each noise vector z, the generator&apos;s only input. With 2 the lab can draw how G bends the noise plane (the warped grid).</source>
        <translation>每个噪声向量 z 中数的个数，z 是生成器唯一的输入。取 2 时，实验室可以画出 G 如何弯折噪声平面（变形的网格）。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Hidden layers in each network. Deeper can draw sharper shapes but trains slower.</source>
        <translation>每个网络中的隐藏层数。更深的网络能画出更锐利的形状，但训练更慢。</translation>
    </message>
    <message>
        <source>Units per hidden layer: the networks&apos; capacity.</source>
        <translation>每个隐藏层的单元数：网络的容量。</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G 学习率</translation>
    </message>
    <message>
        <source>Generator learning rate: how far G moves each update. Too high and the fakes overshoot and swing about; too low and they crawl.</source>
        <translation>生成器学习率：G 每次更新移动多远。太高时假样本会冲过头、来回摆动；太低时它们只能慢慢爬。</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D 学习率</translation>
    </message>
    <message>
        <source>Discriminator learning rate. A D that learns much faster than G wins the game early and stops teaching G anything.</source>
        <translation>判别器学习率。学得比 G 快得多的 D 会早早赢下这场博弈，之后再也教不了 G 任何东西。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How gradients become weight changes. Adam adapts the step size per weight and is the usual choice for GANs; plain SGD oscillates more.</source>
        <translation>梯度如何变成权重的变化。Adam 为每个权重自适应地调整步长，是 GAN 的常用选择；普通 SGD 振荡得更厉害。</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每个 G 步的 D 步数</translation>
    </message>
    <message>
        <source>Discriminator updates before each generator update. More makes D stronger: a good critic helps G, a perfect one leaves G without a useful gradient.</source>
        <translation>每次生成器更新之前判别器的更新次数。次数越多 D 越强：好的评判者能帮助 G，完美的评判者却让 G 得不到有用的梯度。</translation>
    </message>
    <message>
        <source>D dropout</source>
        <translation>D 丢弃率</translation>
    </message>
    <message>
        <source>Share of D&apos;s units switched off at random in each update. On a small image set it stops D from memorising the real images, which would make G give up on whole classes.</source>
        <translation>每次更新时随机关闭的 D 单元所占比例。在小型图像集上，它能防止 D 记住真实图像，否则 G 会放弃整个类别。</translation>
    </message>
    <message>
        <source>Real and fake samples in each update.</source>
        <translation>每次更新中的真实样本数和假样本数。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The game&apos;s rules. Minimax is the original formula, but its gradient vanishes when D is sure the fakes are fake; non-saturating fixes that; least squares keeps pulling fakes towards the data even when D is right.</source>
        <translation>博弈的规则。极小极大是最初的公式，但当 D 确信假样本是假的时，它的梯度会消失；非饱和损失解决了这个问题；最小二乘损失即使在 D 判断正确时，也会持续把假样本拉向数据。</translation>
    </message>
    <message>
        <source>non-saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <source>G minimises −log D(G(z)): strong gradients even when D wins.</source>
        <translation>G 最小化 −log D(G(z))：即使 D 占上风，梯度依然很强。</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>极小极大</translation>
    </message>
    <message>
        <source>G minimises log(1 − D(G(z))), the original game: flat when D is sure.</source>
        <translation>G 最小化 log(1 − D(G(z)))，即最初的博弈：D 确信时曲线是平的。</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>D regresses real → 1, fake → 0; G pulls its fakes towards 1.</source>
        <translation>D 把真实样本回归到 1、假样本回归到 0；G 把它的假样本拉向 1。</translation>
    </message>
    <message>
        <source>the starting weights, the noise and the batches</source>
        <translation>初始权重、噪声和批次</translation>
    </message>
    <message>
        <source>Healthy run</source>
        <translation>健康的训练</translation>
    </message>
    <message>
        <source>The tug of war stays balanced: D(real) and D(fake) hover around the middle while the fakes spread over every part of the data.</source>
        <translation>拔河保持平衡：D(真) 和 D(假) 在中间附近徘徊，而假样本分布到数据的每个部分。</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>模式崩溃</translation>
    </message>
    <message>
        <source>The generator learns far faster than the discriminator can follow: its fakes pile onto one or two modes and hop between them instead of covering all of them.</source>
        <translation>生成器学得太快，判别器跟不上：它的假样本堆积在一两个模式上，在它们之间跳来跳去，而不是覆盖所有模式。</translation>
    </message>
    <message>
        <source>Discriminator wins too fast</source>
        <translation>判别器赢得太快</translation>
    </message>
    <message>
        <source>D trains five times per G step with a higher learning rate, and the minimax loss gives G almost no gradient once D is sure: D(real) stays near 0.9 and D(fake) near 0.1, G&apos;s loss lies flat just below 0, and the fakes creep instead of spreading over the modes.</source>
        <translation>D 以更高的学习率在每个 G 步训练五次，而一旦 D 确信，极小极大损失几乎不给 G 任何梯度：D(真) 停在 0.9 附近，D(假) 停在 0.1 附近，G 的损失平躺在略低于 0 处，假样本只是缓慢爬行，而不是散布到各个模式上。</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>学习率太高</translation>
    </message>
    <message>
        <source>Every update overshoots: the losses jump about, the heat map flickers and the fakes swing across the plane without settling.</source>
        <translation>每次更新都冲过头：损失来回跳动，热力图闪烁，假样本在平面上摆来摆去，始终稳定不下来。</translation>
    </message>
    <message>
        <source>There is no preset &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>没有名为“{name}”的预设；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>Modes covered (of {modes})</source>
        <translation>覆盖的模式（共 {modes} 个）</translation>
    </message>
    <message>
        <source>D(real) - D(fake)</source>
        <translation>D(真) - D(假)</translation>
    </message>
    <message>
        <source>Unstable: the losses jump about instead of settling, as when the learning rates are too high.</source>
        <translation>不稳定：损失来回跳动而不是趋于稳定，就像学习率太高时那样。</translation>
    </message>
    <message>
        <source>The discriminator has won: its verdicts on real and fake are {gap:.2f} apart and G&apos;s loss has stopped moving, so G learns almost nothing.</source>
        <translation>判别器已经赢了：它对真实样本和假样本的判定相差 {gap:.2f}，G 的损失也不再变化，所以 G 几乎什么也学不到。</translation>
    </message>
    <message>
        <source>Mode collapse: the generator covers only {covered} of the {modes} modes and ignores the rest.</source>
        <translation>模式崩溃：生成器只覆盖了 {modes} 个模式中的 {covered} 个，忽略了其余模式。</translation>
    </message>
    <message>
        <source>Mode collapse: the fakes have bunched together and no longer vary like the data.</source>
        <translation>模式崩溃：假样本聚成了一团，不再像数据那样富于变化。</translation>
    </message>
    <message>
        <source>1 · Sample noise</source>
        <translation>1 · 采样噪声</translation>
    </message>
    <message>
        <source>2 · G makes fakes</source>
        <translation>2 · G 生成假样本</translation>
    </message>
    <message>
        <source>3 · D scores real and fake</source>
        <translation>3 · D 为真假样本打分</translation>
    </message>
    <message>
        <source>4 · Losses</source>
        <translation>4 · 损失</translation>
    </message>
    <message>
        <source>5 · Gradients</source>
        <translation>5 · 梯度</translation>
    </message>
    <message>
        <source>6 · Update</source>
        <translation>6 · 更新</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each a single number from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>抽取 {n} 个随机噪声向量 z，每个都是从标准正态分布中抽取的一个数。噪声是生成器唯一的输入：所有的多样性都来自它。</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each {numbers} numbers from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>抽取 {n} 个随机噪声向量 z，每个包含从标准正态分布中抽取的 {numbers} 个数。噪声是生成器唯一的输入：所有的多样性都来自它。</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake point G(z). It has never seen a real point; it only learns from what the discriminator says next.</source>
        <translation>生成器把每个 z 变成一个假点 G(z)。它从未见过真实的点；它只从判别器接下来的反馈中学习。</translation>
    </message>
    <message>
        <source>The discriminator gives each point a probability of being real: on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>判别器给每个点一个“是真实的”概率：{n} 个真实点平均为 {real:.2f}，假点平均为 {fake:.2f}。</translation>
    </message>
    <message>
        <source>The discriminator gives each point a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>判别器给每个点一个“是真实的”得分（1 = 真实，0 = 假）：{n} 个真实点平均为 {real:.2f}，假点平均为 {fake:.2f}。</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>经过 D 的反向传播告诉每个假样本该往哪个方向变化才能看起来更真实（箭头）；D 自己的梯度则说明如何更好地区分真假。</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake image G(z). It has never seen a real image; it only learns from what the discriminator says next.</source>
        <translation>生成器把每个 z 变成一张假图像 G(z)。它从未见过真实图像；它只从判别器接下来的反馈中学习。</translation>
    </message>
    <message>
        <source>The discriminator gives each image a probability of being real: on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>判别器给每张图像一个“是真实的”概率：{n} 张真实图像平均为 {real:.2f}，假图像平均为 {fake:.2f}。</translation>
    </message>
    <message>
        <source>The discriminator gives each image a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>判别器给每张图像一个“是真实的”得分（1 = 真实，0 = 假）：{n} 张真实图像平均为 {real:.2f}，假图像平均为 {fake:.2f}。</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows: brighter or darker pixels); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>经过 D 的反向传播告诉每个假样本该往哪个方向变化才能看起来更真实（箭头：像素变亮或变暗）；D 自己的梯度则说明如何更好地区分真假。</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s (this run repeats the discriminator&apos;s part {d_steps} times per generator update). The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} 先微调 D 的权重，再微调 G 的权重（本次训练中，每次生成器更新前判别器部分重复 {d_steps} 次）。同样的噪声现在生成了这些假样本，D 给它们的平均评分为 {after:.2f}（之前是 {before:.2f}）。</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s. The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} 先微调 D 的权重，再微调 G 的权重。同样的噪声现在生成了这些假样本，D 给它们的平均评分为 {after:.2f}（之前是 {before:.2f}）。</translation>
    </message>
    <message>
        <source>D&apos;s loss ({d_loss:.3f}) is small when it tells real from fake; G&apos;s loss {formula} ({g_loss:.3f}) is small when D is fooled. They pull in opposite directions: the tug of war.</source>
        <translation>D 的损失（{d_loss:.3f}）在它能区分真假时较小；G 的损失 {formula}（{g_loss:.3f}）在 D 被骗过时较小。二者朝相反方向拉扯：这就是拔河。</translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation>灰度级数</translation>
    </message>
    <message>
        <source>How many shades of grey a pixel can take: each is one token of the model&apos;s vocabulary. The built-in digits have exactly 17 (0 to 16); other images are rounded to the nearest level, and colour images are turned grey first.</source>
        <translation>一个像素可以取多少种灰度：每种灰度都是模型词表中的一个词元。内置数字恰好有 17 级（0 到 16）；其他图像会取最接近的灰度级，彩色图像会先转为灰度。</translation>
    </message>
    <message>
        <source>Transformer blocks stacked on top of each other.</source>
        <translation>相互堆叠的 Transformer 块。</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>注意力头</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look back at different pixels (the one to the left, the one above). The width must divide evenly among them.</source>
        <translation>每个块的注意力头数：每个头可以回看不同的像素（左边的、上面的）。宽度必须能被头数整除。</translation>
    </message>
    <message>
        <source>Numbers used to represent each pixel inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>模型内部表示每个像素所用的数的个数（残差流的宽度）。越宽学得越多，但训练越慢。</translation>
    </message>
    <message>
        <source>Images per training step; each gives a guess for every one of its pixels.</source>
        <translation>每个训练步的图像数；每张图像都会对它的每个像素给出一次猜测。</translation>
    </message>
    <message>
        <source>the starting weights and of the batches</source>
        <translation>初始权重和批次</translation>
    </message>
    <message>
        <source>The width ({width}) must be a multiple of the heads ({heads}).</source>
        <translation>宽度（{width}）必须是头数（{heads}）的倍数。</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>{label} cannot be {value}: choose {choices} or {last}.</source>
        <translation>{label}不能是 {value}：请选择 {choices} 或 {last}。</translation>
    </message>
    <message>
        <source>{label} must be above {low} and at most {high}, not {value}.</source>
        <translation>{label}必须大于 {low} 且不超过 {high}，而不是 {value}。</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}, not {value}.</source>
        <translation>{label}必须在 {low} 到 {high} 之间，而不是 {value}。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The random seed of {randomness}: the same seed and settings train the same model again.</source>
        <translation>{randomness}的随机种子：相同的种子和设置会再次训练出相同的模型。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big a nudge each step gives the weights ({optimizer}). Too high and the loss jumps about or becomes NaN; too low and learning crawls.{more}</source>
        <translation>每一步对权重推动多大（{optimizer}）。太高时损失会来回跳动甚至变成 NaN；太低时学习进展缓慢。{more}</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>A folder of your own images is cut to squares of this many pixels a side; the built-in sets keep their own size.</source>
        <translation>你自己的图像文件夹会被裁成边长为这么多像素的正方形；内置数据集保持各自的尺寸。</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>Train on only this many images of the data set, picked at random with the seed. With very few (16) a model can learn them by heart and hand back copies; with all of them it has to learn what digits have in common.</source>
        <translation>只用数据集中这么多张图像训练，按种子随机挑选。图像很少时（16 张），模型能把它们背下来并原样交回副本；用全部图像时，它就必须学会数字的共同之处。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>How text is cut into tokens, the units the model reads and predicts: whole words (and punctuation), or single characters (a small vocabulary, but longer sequences).</source>
        <translation>文本如何切分成词元（模型读取和预测的单位）：整词（及标点），或单个字符（词表小，但序列更长）。</translation>
    </message>
    <message>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look for a different pattern. The width must divide evenly among them.</source>
        <translation>每个块的注意力头数：每个头可以寻找不同的关注模式。宽度必须能被头数整除。</translation>
    </message>
    <message>
        <source>Numbers used to represent each token inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>模型内部表示每个词元所用的数的个数（残差流的宽度）。越宽学得越多，但训练越慢。</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Context length: how many tokens the model can look back at when predicting the next one.</source>
        <translation>上下文长度：模型在预测下一个词元时最多能回看多少个词元。</translation>
    </message>
    <message>
        <source>Sequences per training step.</source>
        <translation>每个训练步的序列数。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>Regularisation: while training, this share of the activations is zeroed at random, so the model cannot lean on any one of them to memorise its text. 0 turns it off.</source>
        <translation>正则化：训练时随机把这一比例的激活值置零，使模型无法依赖其中任何一个来背诵文本。0 表示关闭。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Regularisation: each step pulls every weight a little towards 0 (AdamW), so only weights that help on many sentences stay large. 0 turns it off.</source>
        <translation>正则化：每一步都把每个权重稍微拉向 0（AdamW），因此只有对许多句子都有帮助的权重才会保持较大。0 表示关闭。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely tokens get a chance.</source>
        <translation>在模型的分数变成概率之前先除以它：小于 1 时最可能的词元更加突出；大于 1 时不太可能的词元也有机会。</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only the k most probable tokens and share their probability out again.</source>
        <translation>只保留概率最高的 k 个词元，并重新分配它们的概率。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the fewest top tokens whose probabilities add up to p.</source>
        <translation>核采样：保留概率之和达到 p 的最少的高概率词元。</translation>
    </message>
    <message>
        <source>Greedy: always take the top token</source>
        <translation>贪心：总是选概率最高的词元</translation>
    </message>
    <message>
        <source>No randomness: the most probable token every time.</source>
        <translation>没有随机性：每次都选概率最高的词元。</translation>
    </message>
    <message>
        <source>The corpus has only {tokens} tokens: a context length of {block} needs at least {needed}; use a longer text or a shorter context.</source>
        <translation>语料只有 {tokens} 个词元：上下文长度为 {block} 时至少需要 {needed} 个；请使用更长的文本或更短的上下文。</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a number. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>训练发散了：损失已不再是一个数。请降低学习率（当前为 {rate:g}）或按“恢复默认设置”，然后按“新建模型”。</translation>
    </message>
    <message>
        <source>Training diverged: the loss rose from {first:.1f} to {recent:.0f} nats, because each step overshoots. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>训练发散了：损失从 {first:.1f} 升到了 {recent:.0f} 奈特，因为每一步都冲过了头。请降低学习率（当前为 {rate:g}）或按“恢复默认设置”，然后按“新建模型”。</translation>
    </message>
    <message>
        <source>The model collapsed onto one token: it predicts &apos;{token}&apos; almost whatever the text. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>模型坍缩到了一个词元上：无论文本是什么，它几乎都预测“{token}”。请降低学习率（当前为 {rate:g}）或按“恢复默认设置”，然后按“新建模型”。</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a single token of this model&apos;s vocabulary.</source>
        <translation>“{token}”不是这个模型词表中的单个词元。</translation>
    </message>
    <message>
        <source>P(&quot;{token}&quot; | the text)</source>
        <translation>P(&quot;{token}&quot; | 已有文本)</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>潜变量维度</translation>
    </message>
    <message>
        <source>How many numbers the encoder squeezes each example into (the code z). With 2 the map shows the latent space itself; with more, the map shows its two main directions (PCA) and the VAE reconstructs better.</source>
        <translation>编码器把每个样本压缩成多少个数（编码 z）。取 2 时，地图显示的就是潜空间本身；取更大的值时，地图显示它的两个主方向（PCA），而 VAE 的重建效果更好。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Fully connected layers see every pixel at once and train fastest on a CPU; convolutions look at small patches and suit larger images.</source>
        <translation>全连接层一次看到所有像素，在 CPU 上训练最快；卷积只看小块区域，适合较大的图像。</translation>
    </message>
    <message>
        <source>fully connected (MLP)</source>
        <translation>全连接（MLP）</translation>
    </message>
    <message>
        <source>convolutional (images)</source>
        <translation>卷积（图像）</translation>
    </message>
    <message>
        <source>Hidden units per layer (MLP) or filters in the first convolution (doubled in the second). Wider fits more detail but trains slower.</source>
        <translation>每层的隐藏单元数（MLP）或第一个卷积层的滤波器数（第二层加倍）。越宽越能拟合细节，但训练越慢。</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β（KL 权重）</translation>
    </message>
    <message>
        <source>The weight of the KL term: 1 is the true evidence lower bound; more pulls every code towards the prior, and it can change while the model trains.</source>
        <translation>KL 项的权重：1 对应真正的证据下界；更大时会把每个编码都拉向先验。它可以在模型训练期间改变。</translation>
    </message>
    <message>
        <source>Examples per training step.</source>
        <translation>每个训练步的样本数。</translation>
    </message>
    <message>
        <source>the starting weights, the batches and the noise of the reparameterisation</source>
        <translation>初始权重、批次以及重参数化的噪声</translation>
    </message>
    <message>
        <source>The conv network halves the image twice, so the image size must be a multiple of 4, not {size}.</source>
        <translation>卷积网络会把图像缩小一半两次，因此图像尺寸必须是 4 的倍数，而不是 {size}。</translation>
    </message>
    <message>
        <source>every family&apos;s starting weights and batches, and of the training images picked</source>
        <translation>每类模型的初始权重和批次，以及所挑选的训练图像</translation>
    </message>
    <message>
        <source>CUDA GPU ({name})</source>
        <translation>CUDA GPU（{name}）</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU（MPS）</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU（1 个线程）</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU（{threads} 个线程）</translation>
    </message>
    <message>
        <source>Samples that look like digits</source>
        <translation>看起来像手写数字的样本</translation>
    </message>
    <message>
        <source>{name} is neither a .gif nor an .mp4 file: name the animation FILE.gif or FILE.mp4.</source>
        <translation>{name} 既不是 .gif 文件也不是 .mp4 文件：请把动画命名为 FILE.gif 或 FILE.mp4。</translation>
    </message>
    <message>
        <source>Writing MP4 needs PyAV, which is not installed: run {command}, or write a .gif.</source>
        <translation>写入 MP4 需要 PyAV，但它没有安装：请运行 {command}，或写成 .gif。</translation>
    </message>
    <message>
        <source>There are no frames to write.</source>
        <translation>没有可写入的帧。</translation>
    </message>
    <message>
        <source>Train for a finite time above 0 seconds, not {seconds}.</source>
        <translation>请训练一段大于 0 秒的有限时间，而不是 {seconds}。</translation>
    </message>
    <message>
        <source>Ask for at least 1 sample, not {n}.</source>
        <translation>请至少请求 1 个样本，而不是 {n}。</translation>
    </message>
    <message>
        <source>There is no sample {index} in the grid: pick one of the {count} shown.</source>
        <translation>网格中没有样本 {index}：请从显示的 {count} 个中选一个。</translation>
    </message>
    <message>
        <source>The digit judge needs images shaped (N, H, W); got {shape}.</source>
        <translation>数字评判器需要形状为 (N, H, W) 的图像；收到的是 {shape}。</translation>
    </message>
    <message>
        <source>Samples of {values} values cannot be compared with training images of {training}.</source>
        <translation>含 {values} 个数值的样本无法与含 {training} 个数值的训练图像比较。</translation>
    </message>
    <message>
        <source>The copy rule needs at least two different training images.</source>
        <translation>复制规则至少需要两张不同的训练图像。</translation>
    </message>
    <message>
        <source>Image size must be between {low} and {high} pixels, not {size}.</source>
        <translation>图像尺寸必须在 {low} 到 {high} 像素之间，而不是 {size}。</translation>
    </message>
    <message>
        <source>Reading your own images needs the Pillow package: pip install pillow.</source>
        <translation>读取你自己的图像需要 Pillow 包：pip install pillow。</translation>
    </message>
    <message>
        <source>{folder} is one of the system&apos;s folders under /proc or /sys, not a folder of images.</source>
        <translation>{folder} 是 /proc 或 /sys 下的系统文件夹，不是图像文件夹。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} holds no PNG or JPEG images.</source>
        <translation>文件夹 {folder} 中没有 PNG 或 JPEG 图像。</translation>
    </message>
    <message>
        <source>The folder {folder} holds {count} images; use at most {most}.</source>
        <translation>文件夹 {folder} 中有 {count} 张图像；最多使用 {most} 张。</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read ({large} of them over {megapixels:g} megapixels).</source>
        <translation>{folder} 中的 {count} 个图像文件都无法读取（其中 {large} 个超过 {megapixels:g} 百万像素）。</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read.</source>
        <translation>{folder} 中的 {count} 个图像文件都无法读取。</translation>
    </message>
    <message>
        <source>Keeping every frame of {n:,} samples over {steps} steps would hold {millions:,.0f} million numbers, over the limit of {limit:g} million: ask for fewer samples or steps.</source>
        <translation>保留 {n:,} 个样本在 {steps} 步中的每一帧需要 {millions:,.0f} 百万个数，超过了 {limit:g} 百万的上限：请减少样本数或步数。</translation>
    </message>
    <message>
        <source>{name} does not match the model its settings describe.</source>
        <translation>{name} 与其设置所描述的模型不符。</translation>
    </message>
    <message>
        <source>Unknown sampler &apos;{sampler}&apos;: choose ddpm or ddim.</source>
        <translation>未知的采样器“{sampler}”：请选择 ddpm 或 ddim。</translation>
    </message>
    <message>
        <source>The number of sampling steps must be between 1 and T = {timesteps}, not {steps}.</source>
        <translation>采样步数必须在 1 到 T = {timesteps} 之间，而不是 {steps}。</translation>
    </message>
    <message>
        <source>Unknown noise schedule &apos;{name}&apos;: choose linear or cosine.</source>
        <translation>未知的噪声调度“{name}”：请选择 linear 或 cosine。</translation>
    </message>
    <message>
        <source>{name} has {count} example: a model needs at least 2 to learn from.</source>
        <translation>{name} 只有 {count} 个样例：模型至少需要 2 个才能学习。</translation>
    </message>
    <message>
        <source>Real or fake? needs a data set of images.</source>
        <translation>“真还是假？”需要一个图像数据集。</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}, so training was paused: lower the learning rate and press Reset.</source>
        <translation>损失在第 {step} 步变成了 {loss}，因此训练已暂停：请降低学习率，然后按“重置”。</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}: lower the learning rate and try again.</source>
        <translation>损失在第 {step} 步变成了 {loss}：请降低学习率后再试一次。</translation>
    </message>
    <message>
        <source>A GAN samples in one step from noise, so it takes no {options} option.</source>
        <translation>GAN 从噪声一步生成样本，因此不接受 {options} 选项。</translation>
    </message>
    <message>
        <source>{name} does not match the GAN its settings describe.</source>
        <translation>{name} 与其设置所描述的 GAN 不符。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error ({kind}: {error}). Press Reset.</source>
        <translation>由于意外错误而失败（{kind}：{error}）。请按“重置”。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {signal}). Press Reset to start again.</source>
        <translation>训练进程意外停止（被信号 {signal} 终止）。请按“重置”重新开始。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit status {status}). Press Reset to start again.</source>
        <translation>训练进程意外停止（退出状态 {status}）。请按“重置”重新开始。</translation>
    </message>
    <message>
        <source>There is no model yet: press Reset.</source>
        <translation>还没有模型：请按“重置”。</translation>
    </message>
    <message>
        <source>The {lab} lab has no request called {name}.</source>
        <translation>{lab}实验室没有名为 {name} 的请求。</translation>
    </message>
    <message>
        <source>The lesson&apos;s {lab} lab has no model file to put in it.</source>
        <translation>课程的{lab}实验室没有可放入的模型文件。</translation>
    </message>
    <message>
        <source>The lesson written to {path} did not read back as written.</source>
        <translation>写入 {path} 的课程读回时与写入的内容不一致。</translation>
    </message>
    <message>
        <source>{name} is not a genviz lesson, or it is damaged or cut short.</source>
        <translation>{name} 不是 genviz 课程，或者已损坏或不完整。</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: it holds no {manifest}.</source>
        <translation>{name} 是 zip 文件，但不是 genviz 课程：其中没有 {manifest}。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which a lesson may not: a lesson holds only {manifest} and .safetensors model files, with plain names.</source>
        <translation>{name} 包含 {member}，而课程不允许这样：课程只包含 {manifest} 和名称简单的 .safetensors 模型文件。</translation>
    </message>
    <message>
        <source>{name} holds two members of the same name, which a lesson may not.</source>
        <translation>{name} 包含两个同名成员，而课程不允许这样。</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {megabytes:g} MB, larger than a lesson may.</source>
        <translation>{name} 解压后超过 {megabytes:g} MB，超出了课程允许的大小。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which none of its labs uses.</source>
        <translation>{name} 包含 {member}，但它的实验室都没有用到。</translation>
    </message>
    <message>
        <source>{name} names the model file {model} for its {lab} lab but does not hold it.</source>
        <translation>{name} 为其{lab}实验室指定了模型文件 {model}，但其中并没有这个文件。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: in its {lab} lab, {reason}</source>
        <translation>无法打开 {name}。在其{lab}实验室中：{reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it is not JSON.</source>
        <translation>{name} 的 {manifest} 已损坏：它不是 JSON。</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: its {manifest} is not genviz&apos;s.</source>
        <translation>{name} 是 zip 文件，但不是 genviz 课程：其 {manifest} 不是 genviz 的。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its format_version is not a whole number from 1.</source>
        <translation>{name} 的 {manifest} 已损坏：其 format_version 不是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (lesson format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} 由较新版本的 genviz 写入（课程格式 {version}）；这个版本只能读取格式 {readable} 或更早的格式：请更新 genviz。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its title is not a line of text.</source>
        <translation>{name} 的 {manifest} 已损坏：其标题不是一行文本。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names no labs.</source>
        <translation>{name} 的 {manifest} 已损坏：它没有列出任何实验室。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its steps are not a list of at most {most}.</source>
        <translation>{name} 的 {manifest} 已损坏：其步骤不是最多 {most} 项的列表。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: {key} is not text of at most {limit:,} characters.</source>
        <translation>{name} 的 {manifest} 已损坏：{key} 不是最多 {limit:,} 个字符的文本。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names a lab genviz does not have ({lab}).</source>
        <translation>{name} 的 {manifest} 已损坏：它列出了 genviz 没有的实验室（{lab}）。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s model is not a plain file name ending in {suffix}.</source>
        <translation>{name} 的 {manifest} 已损坏：其{lab}实验室的模型不是以 {suffix} 结尾的简单文件名。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab hides something other than {hideable}.</source>
        <translation>{name} 的 {manifest} 已损坏：其{lab}实验室隐藏了 {hideable} 以外的内容。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s font_scale is not a number from {low} to {high}.</source>
        <translation>{name} 的 {manifest} 已损坏：其{lab}实验室的 font_scale 不是 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s lab is not a lab&apos;s name.</source>
        <translation>{name} 的 {manifest} 已损坏：某一步的实验室不是实验室的名称。</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s timeline step is neither a whole number from 0 nor &quot;{now}&quot;.</source>
        <translation>{name} 的 {manifest} 已损坏：某一步的时间线步数既不是从 0 开始的整数，也不是“{now}”。</translation>
    </message>
    <message>
        <source>{name} names a lab twice: a lesson holds one model per lab.</source>
        <translation>{name} 两次列出同一个实验室：一个课程每个实验室只含一个模型。</translation>
    </message>
    <message>
        <source>{name} gives two labs the same model file.</source>
        <translation>{name} 给两个实验室指定了同一个模型文件。</translation>
    </message>
    <message>
        <source>{name} gives its {lab} lab a prompt, but only the text lab has one.</source>
        <translation>{name} 给其{lab}实验室设置了提示词，但只有文本实验室才有提示词。</translation>
    </message>
    <message>
        <source>{name} says its {lab} lab shows {data}, but its model learnt {learnt}.</source>
        <translation>{name} 说其{lab}实验室显示 {data}，但它的模型学的是 {learnt}。</translation>
    </message>
    <message>
        <source>Step {index} of {name} shows the {lab} lab, which the lesson does not hold.</source>
        <translation>{name} 的第 {index} 步显示{lab}实验室，但课程中没有这个实验室。</translation>
    </message>
    <message>
        <source>Step {index} of {name} sets a prompt in the {lab} lab, but only the text lab has one.</source>
        <translation>{name} 的第 {index} 步在{lab}实验室中设置了提示词，但只有文本实验室才有提示词。</translation>
    </message>
    <message>
        <source>Step {index} of {name} enlarges the panel {panel}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>{name} 的第 {index} 步放大了面板 {panel}，但{lab}实验室没有这个面板：它的面板有 {panels}。</translation>
    </message>
    <message>
        <source>{name} has no steps: begin each step with a line starting with &apos;## &apos;.</source>
        <translation>{name} 没有任何步骤：每一步都要以“## ”开头的一行开始。</translation>
    </message>
    <message>
        <source>{name} shows the {lab} lab in its step {heading}, but no --model is of that lab ({labs}).</source>
        <translation>{name} 在步骤 {heading} 中显示{lab}实验室，但没有任何 --model 属于该实验室（{labs}）。</translation>
    </message>
    <message>
        <source>{name} gives the step {heading} the timeline step {step}: write a whole number or now.</source>
        <translation>{name} 给步骤 {heading} 指定的时间线步数是 {step}：请写一个整数或 now。</translation>
    </message>
    <message>
        <source>{name} enlarges the panel {panel} in its step {heading}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>{name} 在步骤 {heading} 中放大了面板 {panel}，但{lab}实验室没有这个面板：它的面板有 {panels}。</translation>
    </message>
    <message>
        <source>{name} has a state line genviz cannot read ({line}): write it as {example}</source>
        <translation>{name} 有一行 genviz 无法读取的状态行（{line}）：请写成：{example}</translation>
    </message>
    <message>
        <source>{name} keeps no training timeline (it was saved without its history), so it has no earlier steps.</source>
        <translation>{name} 没有保存训练时间线（保存时没有包含历史），因此没有更早的步骤。</translation>
    </message>
    <message>
        <source>The model file written to {path} did not read back as written.</source>
        <translation>写入 {path} 的模型文件读回时与写入的内容不一致。</translation>
    </message>
    <message>
        <source>{name} is not a genviz model file, or it is damaged or cut short.</source>
        <translation>{name} 不是 genviz 模型文件，或者已损坏或不完整。</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>{path} 处没有模型文件。</translation>
    </message>
    <message>
        <source>{name} is a safetensors file but was not written by genviz.</source>
        <translation>{name} 是 safetensors 文件，但不是由 genviz 写入的。</translation>
    </message>
    <message>
        <source>{name} has damaged genviz metadata.</source>
        <translation>{name} 的 genviz 元数据已损坏。</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (model format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} 由较新版本的 genviz 写入（模型格式 {version}）；这个版本只能读取格式 {readable} 或更早的格式：请更新 genviz。</translation>
    </message>
    <message>
        <source>{name} holds a kind of model this genviz does not know ({lab}).</source>
        <translation>{name} 包含这个 genviz 不认识的模型类型（{lab}）。</translation>
    </message>
    <message>
        <source>{name} holds a {lab} model, not a {expected} model.</source>
        <translation>{name} 包含的是 {lab} 模型，而不是 {expected} 模型。</translation>
    </message>
    <message>
        <source>{name} has damaged loss curves.</source>
        <translation>{name} 的损失曲线已损坏。</translation>
    </message>
    <message>
        <source>{name} has a damaged tracked quantity.</source>
        <translation>{name} 中跟踪的量已损坏。</translation>
    </message>
    <message>
        <source>{name} has a damaged training timeline.</source>
        <translation>{name} 的训练时间线已损坏。</translation>
    </message>
    <message>
        <source>{name} cannot be used: the model&apos;s weights are damaged (some are NaN or infinite).</source>
        <translation>无法使用 {name}：模型的权重已损坏（有些是 NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>{name} has a damaged setting: {setting} is {value}, which is not {kind}.</source>
        <translation>{name} 有一项设置已损坏：{setting} 是 {value}，不是{kind}。</translation>
    </message>
    <message>
        <source>{name} has settings genviz cannot use: {reason}</source>
        <translation>{name} 有 genviz 无法使用的设置：{reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged step count.</source>
        <translation>{name} 的步数已损坏。</translation>
    </message>
    <message>
        <source>A Pixels model draws one pixel at a time, so it takes no {options} option (those are for diffusion models).</source>
        <translation>像素模型一次画一个像素，因此不接受 {options} 选项（那些选项是扩散模型用的）。</translation>
    </message>
    <message>
        <source>The temperature must be from {low:g} to {high:g}, not {value:g}.</source>
        <translation>温度必须在 {low:g} 到 {high:g} 之间，而不是 {value:g}。</translation>
    </message>
    <message>
        <source>{name} does not say the size of its images.</source>
        <translation>{name} 没有说明其图像的尺寸。</translation>
    </message>
    <message>
        <source>{name} has a damaged image size.</source>
        <translation>{name} 的图像尺寸已损坏。</translation>
    </message>
    <message>
        <source>{name} does not match the Pixels model its settings describe.</source>
        <translation>{name} 与其设置所描述的像素模型不符。</translation>
    </message>
    <message>
        <source>The Pixels lab draws images, and {name} is a set of 2-D points: choose the digits, MNIST, Fashion-MNIST or a folder of images.</source>
        <translation>像素实验室绘制的是图像，而 {name} 是一组二维点：请选择内置数字、MNIST、Fashion-MNIST 或一个图像文件夹。</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two images: the Pixels lab needs more.</source>
        <translation>数据集 {name} 的图像少于两张：像素实验室需要更多。</translation>
    </message>
    <message>
        <source>{name} draws images of another size than the {height} × {width} images of {data}.</source>
        <translation>{name} 绘制的图像尺寸与 {data} 的 {height} × {width} 图像不同。</translation>
    </message>
    <message>
        <source>The Pixels lab reads images of {height} × {width} pixels; these are shaped {shape}.</source>
        <translation>像素实验室读取 {height} × {width} 像素的图像；这些图像的形状为 {shape}。</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>一个管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>{path} is one of the system&apos;s files under /proc or /sys, not a file genviz can read.</source>
        <translation>{path} 是 /proc 或 /sys 下的系统文件，不是 genviz 可以读取的文件。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file.</source>
        <translation>{path} 是{kind}，不是文件。</translation>
    </message>
    <message>
        <source>The file {path} is {size:.1f} MB, larger than the limit of {limit:g} MB.</source>
        <translation>文件 {path} 有 {size:.1f} MB，超过了 {limit:g} MB 的上限。</translation>
    </message>
    <message>
        <source>The file {path} is larger than the limit of {limit:g} MB.</source>
        <translation>文件 {path} 超过了 {limit:g} MB 的上限。</translation>
    </message>
    <message>
        <source>{path} is under /proc or /sys, where genviz never writes.</source>
        <translation>{path} 位于 /proc 或 /sys 下，genviz 从不在那里写入。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {folder} is a file, not a folder.</source>
        <translation>无法写入 {path}：{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} 是文件夹：请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>{path} is {kind}, which genviz never writes over: give the name of a file.</source>
        <translation>{path} 是{kind}，genviz 从不覆盖这类对象：请给出一个文件名。</translation>
    </message>
    <message>
        <source>{path} is also an input of this command: choose another output file so it is not overwritten.</source>
        <translation>{path} 也是这个命令的输入：请选择另一个输出文件，以免它被覆盖。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another output file.</source>
        <translation>文件夹 {folder} 不存在：请先创建它，或选择另一个输出文件。</translation>
    </message>
    <message>
        <source>genviz cannot write in the folder {folder} ({reason}).</source>
        <translation>genviz 无法在文件夹 {folder} 中写入（{reason}）。</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing there was changed.</source>
        <translation>无法写入 {path}（{reason}）；那里的内容没有任何改动。</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high:g}, not {value:g}.</source>
        <translation>温度必须在 {low} 到 {high:g} 之间，而不是 {value:g}。</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens, not {value}.</source>
        <translation>Top-k 必须是 0（关闭）或正的词元数，而不是 {value}。</translation>
    </message>
    <message>
        <source>Top-p must be above 0 and at most 1, not {value:g}.</source>
        <translation>Top-p 必须大于 0 且不超过 1，而不是 {value:g}。</translation>
    </message>
    <message>
        <source>{name} holds a damaged tokenizer.</source>
        <translation>{name} 中的分词器已损坏。</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s vocabulary is damaged.</source>
        <translation>分词器的词表已损坏。</translation>
    </message>
    <message>
        <source>The text has no tokens to learn a vocabulary from.</source>
        <translation>文本中没有可用来学习词表的词元。</translation>
    </message>
    <message>
        <source>A vocabulary needs room for at least one token besides {unknown}.</source>
        <translation>词表除了 {unknown} 之外，至少还要能容纳一个词元。</translation>
    </message>
    <message>
        <source>The saved tokenizer is damaged.</source>
        <translation>保存的分词器已损坏。</translation>
    </message>
    <message>
        <source>The saved tokenizer is of an unknown kind ({kind}).</source>
        <translation>保存的分词器类型未知（{kind}）。</translation>
    </message>
    <message>
        <source>The saved tokenizer was made by a newer genviz; please update genviz to open it.</source>
        <translation>保存的分词器由较新版本的 genviz 创建；请更新 genviz 后再打开。</translation>
    </message>
    <message>
        <source>The training timeline does not match this model: its checkpoints hold other weights.</source>
        <translation>训练时间线与这个模型不符：其检查点保存的是其他权重。</translation>
    </message>
    <message>
        <source>Ask for at least one sample, not {n}.</source>
        <translation>请至少请求一个样本，而不是 {n}。</translation>
    </message>
    <message>
        <source>A VAE samples in one decoding step, so it takes no {options} option (those are for diffusion models).</source>
        <translation>VAE 只需一步解码即可生成样本，因此不接受 {options} 选项（那些选项是扩散模型用的）。</translation>
    </message>
    <message>
        <source>{name} does not match the VAE its settings describe.</source>
        <translation>{name} 与其设置所描述的 VAE 不符。</translation>
    </message>
    <message>
        <source>The conv network reads images: choose mlp for the 2-D point sets.</source>
        <translation>卷积网络读取的是图像：对于二维点数据集请选择 mlp。</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two examples: a VAE needs more.</source>
        <translation>数据集 {name} 的样例少于两个：VAE 需要更多。</translation>
    </message>
    <message>
        <source>Those examples are not in this data set: pick two points on the latent map again.</source>
        <translation>这些样例不在这个数据集中：请在潜空间地图上重新选择两个点。</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>generator (G)</source>
        <translation>生成器（G）</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>判别器（D）</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>奈特</translation>
    </message>
    <message>
        <source>reconstruction + β · KL</source>
        <translation>重建 + β · KL</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>奈特/样本</translation>
    </message>
    <message>
        <source>noise guess error</source>
        <translation>噪声猜测误差</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>损失（均方误差）</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>奈特/像素</translation>
    </message>
    <message>
        <source>The duel: the discriminator&apos;s loss (D, blue: telling real from fake) and the generator&apos;s (G, red: fooling it), in nats. Neither goes to zero while both learn.</source>
        <translation>对决：判别器的损失（D，蓝色：区分真假）和生成器的损失（G，红色：骗过判别器），单位为奈特。只要两者都在学习，谁都不会降到零。</translation>
    </message>
    <message>
        <source>How badly a decoded example matches the real one, plus β times how far its code is from N(0, I): the negative evidence lower bound, in nats per example.</source>
        <translation>解码出的样本与真实样本的不匹配程度，加上 β 乘以其编码与 N(0, I) 的距离：即负的证据下界，单位为奈特/样本。</translation>
    </message>
    <message>
        <source>How far the denoiser&apos;s guess of the added noise is from the real noise (mean squared error), at a random noise level each step; the solid line is its moving average.</source>
        <translation>去噪器对所加噪声的猜测与真实噪声之间的差距（均方误差），每一步取一个随机的噪声水平；实线是其滑动平均。</translation>
    </message>
    <message>
        <source>How surprised the transformer is by each true pixel, given the pixels before it (cross-entropy in nats per pixel); the solid line is its moving average.</source>
        <translation>在给定之前像素的情况下，Transformer 对每个真实像素有多“意外”（交叉熵，单位为奈特/像素）；实线是其滑动平均。</translation>
    </message>
    <message>
        <source>Samples (fixed seed)</source>
        <translation>样本（固定种子）</translation>
    </message>
    <message>
        <source>Sixteen samples from the same random numbers every time, so you watch the same samples improve as the family trains. Click one to ask: is it a copy of a training image?</source>
        <translation>每次都用同样的随机数生成十六个样本，这样你能看着同样的样本随该模型的训练而改进。点击其中一个来问：它是某张训练图像的副本吗？</translation>
    </message>
    <message>
        <source>A grid of sixteen samples of this family, four by four, made from the same random numbers every time.</source>
        <translation>该模型的十六个样本组成的网格，四行四列，每次都用同样的随机数生成。</translation>
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
        <translation>该模型在平面上生成的点的散点图。</translation>
    </message>
    <message>
        <source>The {family} family: {how}</source>
        <translation>{family}：{how}</translation>
    </message>
    <message>
        <source>starting its training process…</source>
        <translation>正在启动训练进程…</translation>
    </message>
    <message>
        <source>Training steps so far (weight updates), and how many images it trains on: the same for every family.</source>
        <translation>目前为止的训练步数（权重更新次数），以及训练所用的图像数：每类模型都相同。</translation>
    </message>
    <message>
        <source>How this family makes a new sample.</source>
        <translation>这类模型如何生成一个新样本。</translation>
    </message>
    <message>
        <source>Points from the same random numbers every time. Click one to ask: is it a copy of a training point?</source>
        <translation>每次都用同样的随机数生成的点。点击其中一个来问：它是某个训练点的副本吗？</translation>
    </message>
    <message>
        <source>How one sample is made, step by step: Play below runs every family&apos;s together. Diffusion removes noise over many steps, Pixels adds one pixel per step, a GAN or VAE makes it in a single pass.</source>
        <translation>一个样本是如何一步步生成的：按下方的“播放”会让所有模型一起运行。扩散模型在许多步中逐步去除噪声，像素模型每步添加一个像素，GAN 或 VAE 一次就生成。</translation>
    </message>
    <message>
        <source>How one is made</source>
        <translation>如何生成一个</translation>
    </message>
    <message>
        <source>One sample of this family as it is being made, at the step the player below shows.</source>
        <translation>该模型正在生成的一个样本，处于下方播放器所示的步骤。</translation>
    </message>
    <message>
        <source>How they are made</source>
        <translation>它们如何生成</translation>
    </message>
    <message>
        <source>step — of —</source>
        <translation>第 — 步，共 — 步</translation>
    </message>
    <message>
        <source>Network evaluations so far of all this family needs to make a sample: the cost of one sample.</source>
        <translation>目前已完成的网络计算次数 / 该模型生成一个样本所需的总次数：即一个样本的代价。</translation>
    </message>
    <message>
        <source>Loss: G red, D blue</source>
        <translation>损失：G 红色，D 蓝色</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>A line chart of this family&apos;s training loss against the training step.</source>
        <translation>该模型训练损失随训练步数变化的折线图。</translation>
    </message>
    <message>
        <source>starting its session…</source>
        <translation>正在启动会话…</translation>
    </message>
    <message>
        <source>stopped: {message}</source>
        <translation>已停止：{message}</translation>
    </message>
    <message>
        <source>step {steps} · {count} training points</source>
        <translation>第 {steps} 步 · {count} 个训练点</translation>
    </message>
    <message>
        <source>step {steps} · {count} training images</source>
        <translation>第 {steps} 步 · {count} 张训练图像</translation>
    </message>
    <message>
        <source>step {done} of {steps}: done</source>
        <translation>第 {done}/{steps} 步：完成</translation>
    </message>
    <message>
        <source>step {done} of {steps}</source>
        <translation>第 {done}/{steps} 步</translation>
    </message>
    <message>
        <source>A new comparison began before the answer came.</source>
        <translation>答案返回之前，新的比较已经开始了。</translation>
    </message>
    <message>
        <source>The {family} family is not running: press New comparison.</source>
        <translation>{family} 模型没有在运行：请按“新建比较”。</translation>
    </message>
    <message>
        <source>The Compare lab trains several models at once: train one in its own lab to save it, or save them all with genviz compare --out FOLDER.</source>
        <translation>比较实验室同时训练多个模型：在对应的实验室中单独训练一个模型即可保存它，或用 genviz compare --out FOLDER 保存全部模型。</translation>
    </message>
    <message>
        <source>The Compare lab has no family called {family} running.</source>
        <translation>比较实验室中没有正在运行的 {family} 模型。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{family}: {message}</source>
        <translation>{family}：{message}</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}.</source>
        <translation>是副本：它最近的训练样本距离为 {nearest}。</translation>
    </message>
    <message>
        <source>New: its nearest training example is at distance {nearest}.</source>
        <translation>是新的：它最近的训练样本距离为 {nearest}。</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}, only {ratio} of the distance to the second nearest ({second}); the rule calls a sample a copy below 1/3.</source>
        <translation>是副本：它最近的训练样本距离为 {nearest}，仅为到第二近样本距离（{second}）的 {ratio}；规则规定低于 1/3 即为副本。</translation>
    </message>
    <message>
        <source>Not a copy: its nearest training example is at distance {nearest}, {ratio} of the distance to the second nearest ({second}); a copy would be below 1/3.</source>
        <translation>不是副本：它最近的训练样本距离为 {nearest}，为到第二近样本距离（{second}）的 {ratio}；副本应低于 1/3。</translation>
    </message>
    <message>
        <source>Click any sample in a family&apos;s grid to set it beside its three nearest training images.</source>
        <translation>点击任一模型网格中的任一样本，把它与最近的三张训练图像并排放在一起。</translation>
    </message>
    <message>
        <source>Is it a copy?</source>
        <translation>是副本吗？</translation>
    </message>
    <message>
        <source>An art student who studied 1,000 paintings should paint something that is not a copy of any of them. The same test for a model: is its sample much closer to one training image than to any other?</source>
        <translation>一个研究过 1000 幅画作的美术学生，画出的作品不应是其中任何一幅的副本。对模型做同样的测试：它的样本是否与某一张训练图像比与其他任何一张都近得多？</translation>
    </message>
    <message>
        <source>The copy rule (Gu et al. 2023): a sample is a copy when its nearest training image is closer than 1/3 of the distance to the second nearest, in pixel space.</source>
        <translation>副本规则（Gu et al. 2023）：在像素空间中，如果一个样本到最近训练图像的距离小于到第二近训练图像距离的 1/3，它就是副本。</translation>
    </message>
    <message>
        <source>Sample, then its nearest 3</source>
        <translation>样本及其最近的 3 张</translation>
    </message>
    <message>
        <source>Left: the sample you clicked. Right: the three training images closest to it, nearest first, each with its distance in pixel space (the square root of the summed squared differences).</source>
        <translation>左：你点击的样本。右：与它最接近的三张训练图像，最近的在前，各自标出在像素空间中的距离（差值平方和的平方根）。</translation>
    </message>
    <message>
        <source>The sample you clicked, then the three training images nearest to it, each with its distance.</source>
        <translation>你点击的样本，以及与它最近的三张训练图像，各自标出距离。</translation>
    </message>
    <message>
        <source>How close to a training image?</source>
        <translation>离训练图像有多近？</translation>
    </message>
    <message>
        <source>distance in pixel space</source>
        <translation>像素空间中的距离</translation>
    </message>
    <message>
        <source>share of images</source>
        <translation>图像占比</translation>
    </message>
    <message>
        <source>How far each sample is from its nearest training image (blue), beside the same for real examples the family never trained on (orange). A family that memorised piles up near 0, left of the real examples; one that learned patterns overlaps them. The dashed line marks the sample you clicked.</source>
        <translation>每个样本到其最近训练图像的距离（蓝色），以及该模型从未训练过的真实样本的同样距离（橙色）。背下数据的模型会堆积在 0 附近、真实样本的左侧；学到规律的模型则与真实样本重叠。虚线标出你点击的样本。</translation>
    </message>
    <message>
        <source>Two histograms of the distance to the nearest training image: one for the family&apos;s samples, one for held-out real examples.</source>
        <translation>到最近训练图像距离的两个直方图：一个是该模型的样本，一个是留出的真实样本。</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>held-out real examples</source>
        <translation>留出的真实样本</translation>
    </message>
    <message>
        <source>{family}, sample {number}: looking for its nearest training images…</source>
        <translation>{family}，样本 {number}：正在查找最近的训练图像…</translation>
    </message>
    <message>
        <source>{family}, sample {number}. {verdict}</source>
        <translation>{family}，样本 {number}。{verdict}</translation>
    </message>
    <message>
        <source>{family}&apos;s samples</source>
        <translation>{family} 的样本</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Make one sample of every family side by side, one network evaluation per tick: see which approach takes how many steps.</source>
        <translation>并排为每类模型生成一个样本，每一拍进行一次网络计算：看看哪种方法需要多少步。</translation>
    </message>
    <message>
        <source>One network evaluation back.</source>
        <translation>后退一次网络计算。</translation>
    </message>
    <message>
        <source>One evaluation back</source>
        <translation>后退一次计算</translation>
    </message>
    <message>
        <source>One network evaluation further.</source>
        <translation>前进一次网络计算。</translation>
    </message>
    <message>
        <source>One evaluation further</source>
        <translation>前进一次计算</translation>
    </message>
    <message>
        <source>Drag to any point of the generation: every family shows how far it has got after this many evaluations of its network.</source>
        <translation>拖动到生成过程中的任意位置：每类模型都显示其网络计算这么多次后的进度。</translation>
    </message>
    <message>
        <source>Network evaluations shown</source>
        <translation>显示的网络计算次数</translation>
    </message>
    <message>
        <source>Network evaluations so far: each is one pass through a family&apos;s network.</source>
        <translation>目前的网络计算次数：每次都是通过某个模型网络的一次前向传播。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>{shown} of {total} evaluations</source>
        <translation>{shown}/{total} 次计算</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count}/{total}</translation>
    </message>
    <message>
        <source>Copies
(samples)</source>
        <translation>副本
（样本）</translation>
    </message>
    <message>
        <source>The share of samples that are near-copies of a training image: its nearest training image is closer than a third of the distance to the second nearest, in pixel space (Gu et al. 2023). A model that learned patterns stays near the real examples&apos; share; one that memorised hands back copies.</source>
        <translation>样本中近似副本的占比：在像素空间中，它到最近训练图像的距离小于到第二近训练图像距离的三分之一（Gu et al. 2023）。学到规律的模型会保持在真实样本的占比附近；背下数据的模型会交回副本。</translation>
    </message>
    <message>
        <source>Copies
(real)</source>
        <translation>副本
（真实）</translation>
    </message>
    <message>
        <source>The same copy rule applied to real examples the families never trained on, against the training images: the share a model that makes new images should be near.</source>
        <translation>把同样的副本规则应用于各模型从未训练过的真实样本（与训练图像对比）：一个能生成新图像的模型应接近这个占比。</translation>
    </message>
    <message>
        <source>ms per
sample</source>
        <translation>毫秒/
样本</translation>
    </message>
    <message>
        <source>Milliseconds to make one sample (in a batch, all the samples judged at once) on this machine while the others train: a GAN or VAE makes it in one pass, diffusion and Pixels in many.</source>
        <translation>在本机上生成一个样本所需的毫秒数（成批生成，所有评判的样本一起），同时其他模型在训练：GAN 或 VAE 一次完成，扩散和像素需要多次。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>How many numbers the family&apos;s networks learn.</source>
        <translation>该模型的网络要学习多少个数。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Training steps the family had taken when these figures were measured. All train for the same time, so a slower step means fewer of them.</source>
        <translation>测得这些数据时该模型已完成的训练步数。所有模型训练相同的时间，所以每步越慢，步数就越少。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>How recognisable the samples are: the share that a digit classifier (trained in the app on real digits) names with at least 90% confidence, divided by the same share for real digits it never saw. 1 means as recognisable as real digits.</source>
        <translation>样本的可辨认程度：被数字分类器（在本应用中用真实数字训练）以至少 90% 置信度识别出的样本占比，除以它从未见过的真实数字的同一占比。1 表示与真实数字一样可辨认。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>How many of the 10 digits make up at least 1% of the confidently named samples: a family that makes only some digits has missed the others.</source>
        <translation>在被可靠识别的样本中，10 个数字里有几个的占比至少为 1%：只生成部分数字的模型漏掉了其余数字。</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>均匀度</translation>
    </message>
    <message>
        <source>How evenly the samples spread over the digits: the entropy of their histogram divided by log 10. 1 when every digit comes out equally often, 0 when only one does.</source>
        <translation>样本在各数字上分布得有多均匀：其直方图的熵除以 log 10。每个数字出现得一样频繁时为 1，只出现一个数字时为 0。</translation>
    </message>
    <message>
        <source>Modes
covered</source>
        <translation>覆盖的
模式</translation>
    </message>
    <message>
        <source>How many of the data set&apos;s blobs (modes) have samples near them: a family that covers only some has collapsed onto those.</source>
        <translation>数据集的团块（模式）中有多少个附近有样本：只覆盖其中一部分的模型已坍缩到那些模式上。</translation>
    </message>
    <message>
        <source>Near
a mode</source>
        <translation>靠近
模式</translation>
    </message>
    <message>
        <source>The share of samples close to one of the blobs: the rest fell between them.</source>
        <translation>靠近某个团块的样本占比：其余样本落在团块之间。</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Each family trains on the same data, for the same time, with a fair share of the cores.</source>
        <translation>每类模型都在相同的数据上训练相同的时间，并公平分配 CPU 核心。</translation>
    </message>
    <message>
        <source>Each family&apos;s first figures come some seconds after it starts training, then new ones every few seconds.</source>
        <translation>每个模型的第一批数据会在它开始训练几秒后出现，之后每隔几秒更新一次。</translation>
    </message>
    <message>
        <source>The figures of each family, measured again every few seconds from new samples while they train: rest the mouse on a family&apos;s name for how many. Rest it on a column&apos;s header to read what it means.</source>
        <translation>每个家族的数据，在训练时每隔几秒用新样本重新测量：把鼠标停在家族名称上可查看样本数量。停在列标题上可阅读其含义。</translation>
    </message>
    <message>
        <source>{tip} These figures: {count} samples, after {steps} training steps.</source>
        <translation>{tip} 这些数据：{count} 个样本，训练 {steps} 步之后。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Learns patterns (all digits)</source>
        <translation>学习规律（全部数字）</translation>
    </message>
    <message>
        <source>Every family trains on all 1,797 digits, then trains at once. With that many it cannot learn them by heart: watch the copies column stay near the real digits&apos; baseline, and Is it a copy? say New.</source>
        <translation>每类模型都在全部 1797 个数字上训练，并立即开始。数据这么多，模型无法全部背下来：看着副本一栏保持在真实数字的基线附近，“是副本吗？”会给出“是新的”。</translation>
    </message>
    <message>
        <source>Memorises (16 digits)</source>
        <translation>死记硬背（16 个数字）</translation>
    </message>
    <message>
        <source>Every family trains on only 16 digits, then trains at once. With so few, a model can learn each by heart and hand it back: watch the copies column climb, diffusion&apos;s first, and click a sample to see its twin.</source>
        <translation>每类模型只在 16 个数字上训练，并立即开始。数据这么少，模型能把每个都背下来再原样交回：看着副本一栏攀升（扩散最先），点击一个样本可以看到它的“双胞胎”。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>The data every family learns, the same for all. Open or drop a folder of images to add it here. With a 2-D set the table counts the modes found instead of the digits recognised.</source>
        <translation>每类模型学习的数据，对所有模型都相同。打开或拖入一个图像文件夹即可添加到这里。使用二维数据集时，表格统计找到的模式，而不是识别出的数字。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>模型类别</translation>
    </message>
    <message>
        <source>Every setting above back to its default: all four families on all the built-in digits, seed 0. The comparison that is training keeps its settings until you press New comparison.</source>
        <translation>把上面所有设置恢复为默认值：全部四类模型，使用全部内置数字，种子 0。正在训练的比较会保持其设置，直到你按“新建比较”。</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>新建比较</translation>
    </message>
    <message>
        <source>Presets: patterns or copies?</source>
        <translation>预设：规律还是副本？</translation>
    </message>
    <message>
        <source>{how} It draws images pixel by pixel, so it sits out a 2-D set.</source>
        <translation>{how}它逐像素绘制图像，因此不参与二维数据集。</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Save the table&apos;s figures, unrounded, as a CSV file for a spreadsheet.</source>
        <translation>把表格中未经舍入的数据保存为 CSV 文件，供电子表格使用。</translation>
    </message>
    <message>
        <source>The Compare lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>比较实验室从图像文件夹中学习：请拖入包含 {name} 的文件夹，而不是这个文件。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>held-out real points</source>
        <translation>留出的真实点</translation>
    </message>
    <message>
        <source>held-out real digits</source>
        <translation>留出的真实数字</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>导出结果表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
        <translation>前向过程：逐步添加噪声</translation>
    </message>
    <message>
        <source>Training never runs this chain step by step: x_t can be made from x_0 in one jump, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) noise.</source>
        <translation>训练时从不逐步运行这条链：x_t 可以从 x_0 一步得到，x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) 噪声。</translation>
    </message>
    <message>
        <source>The same training example with more and more noise: x_0 is the data, x_T is practically pure noise. The model learns to undo one bit of this at a time.</source>
        <translation>同一个训练样本加上越来越多的噪声：x_0 是数据，x_T 几乎是纯噪声。模型学习每次撤销其中的一小部分。</translation>
    </message>
    <message>
        <source>x_0 … x_T: one training image</source>
        <translation>x_0 … x_T：一张训练图像</translation>
    </message>
    <message>
        <source>x_0 … x_T: the data set</source>
        <translation>x_0 … x_T：数据集</translation>
    </message>
    <message>
        <source>x_t at the slider&apos;s t. For 2-D data the arrows show what the model has learned so far: the direction it would move a point found there at this noise level (minus its noise guess).</source>
        <translation>滑块所选 t 处的 x_t。对于二维数据，箭头显示模型目前学到的东西：在此噪声水平下，它会把位于该处的点往哪个方向移动（即减去它对噪声的猜测）。</translation>
    </message>
    <message>
        <source>signal kept √ᾱ_t</source>
        <translation>保留的信号 √ᾱ_t</translation>
    </message>
    <message>
        <source>noise added √(1−ᾱ_t)</source>
        <translation>添加的噪声 √(1−ᾱ_t)</translation>
    </message>
    <message>
        <source>data x_0</source>
        <translation>数据 x_0</translation>
    </message>
    <message>
        <source>where the model would move a point at this t (live)</source>
        <translation>在此 t 处模型会把点往哪里移动（实时）</translation>
    </message>
    <message>
        <source>Noise schedule</source>
        <translation>噪声调度</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>How much of x_0 is left in x_t (signal, sqrt(alpha_bar)) and how much noise is in it (sqrt(1 - alpha_bar)). Their squares add up to 1, so x_t keeps the data&apos;s scale.</source>
        <translation>x_t 中还剩多少 x_0（信号，sqrt(alpha_bar)），又含有多少噪声（sqrt(1 - alpha_bar)）。二者的平方和为 1，因此 x_t 保持数据的尺度。</translation>
    </message>
    <message>
        <source>Two curves over the timesteps: the share of the data kept, falling from 1, and the noise added, rising to 1; a vertical line marks the slider&apos;s t.</source>
        <translation>时间步上的两条曲线：保留的数据比例从 1 开始下降，添加的噪声上升到 1；一条竖线标出滑块所选的 t。</translation>
    </message>
    <message>
        <source>Choose t, the noise level shown above and marked on the schedule.</source>
        <translation>选择 t，即上方显示并在调度图上标出的噪声水平。</translation>
    </message>
    <message>
        <source>Timestep t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t = {t} of {total}: signal kept {signal}, noise added {noise}</source>
        <translation>t = {t}/{total}：保留信号 {signal}，添加噪声 {noise}</translation>
    </message>
    <message>
        <source>x_t at t = {t}</source>
        <translation>t = {t} 时的 x_t</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>损失（均方误差）</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>How far the network&apos;s noise guess is from the noise really added (mean squared error), averaged over a batch whose examples each get a random t (faint line; the solid line is its moving average). Guessing &apos;no noise&apos; scores 1. With Min-SNR weighting on, training weighs the low-noise examples less, but this plot shows the plain error.</source>
        <translation>网络对噪声的猜测与实际添加的噪声之间的差距（均方误差），在一个批次上取平均，批次中每个样本各有一个随机的 t（浅色线；实线是其滑动平均）。猜“没有噪声”的得分为 1。开启 Min-SNR 加权时，训练会降低低噪声样本的权重，但此图显示的是普通误差。</translation>
    </message>
    <message>
        <source>The loss of each training batch over the training steps, faint, with its moving average.</source>
        <translation>每个训练批次的损失随训练步数的变化（浅色），以及其滑动平均。</translation>
    </message>
    <message>
        <source>Loss by noise level</source>
        <translation>按噪声水平的损失</translation>
    </message>
    <message>
        <source>The same error split by noise level. Near t = 0 the noise is tiny and hard to tell from detail in the data; near t = T x_t is almost all noise, so guessing the noise is easy. The middle is where the model learns what the data looks like.</source>
        <translation>同一误差按噪声水平拆分。t = 0 附近噪声很小，很难与数据中的细节区分；t = T 附近 x_t 几乎全是噪声，所以猜噪声很容易。中间部分才是模型学习数据长什么样的地方。</translation>
    </message>
    <message>
        <source>Bars of the recent training loss for each range of timesteps, from t = 0 to T.</source>
        <translation>每个时间步区间（从 t = 0 到 T）近期训练损失的柱状图。</translation>
    </message>
    <message>
        <source>x_t: the batch</source>
        <translation>x_t：这一批</translation>
    </message>
    <message>
        <source>The samples at the current timestep. Frame 0 is pure random noise; each step removes a little of the noise the model sees, until t = 0 leaves the finished samples.</source>
        <translation>当前时间步的样本。第 0 帧是纯随机噪声；每一步去除模型看到的一点噪声，直到 t = 0 时留下完成的样本。</translation>
    </message>
    <message>
        <source>x̂_0: the model&apos;s guess</source>
        <translation>x̂_0：模型的猜测</translation>
    </message>
    <message>
        <source>From x_t the model predicts the noise; subtracting it gives a guess of the clean data. At high noise the guess is a blurry average; it sharpens as t falls.</source>
        <translation>模型从 x_t 预测噪声；减去它就得到对干净数据的猜测。在高噪声时，这个猜测是模糊的平均；随着 t 减小，它会变得清晰。</translation>
    </message>
    <message>
        <source>ε̂: the noise it sees</source>
        <translation>ε̂：它看到的噪声</translation>
    </message>
    <message>
        <source>The network&apos;s output: the noise it believes was mixed into x_t (grey is zero). A step of the sampler removes part of it. At t = 0 nothing is left.</source>
        <translation>网络的输出：它认为被混入 x_t 的噪声（灰色为零）。采样器的每一步去除其中一部分。到 t = 0 时已什么都不剩。</translation>
    </message>
    <message>
        <source>Samples appear when the model has started.</source>
        <translation>模型开始后将显示样本。</translation>
    </message>
    <message>
        <source>ε̂ at t = 0: no noise left to predict</source>
        <translation>t = 0 时的 ε̂：已没有噪声可预测</translation>
    </message>
    <message>
        <source>DDIM {steps} steps</source>
        <translation>DDIM {steps} 步</translation>
    </message>
    <message>
        <source>DDPM, all T steps</source>
        <translation>DDPM，全部 T 步</translation>
    </message>
    <message>
        <source>DDPM {steps} steps</source>
        <translation>DDPM {steps} 步</translation>
    </message>
    <message>
        <source>Reverse process: from noise to data</source>
        <translation>反向过程：从噪声到数据</translation>
    </message>
    <message>
        <source>DDIM: no randomness, fewer steps</source>
        <translation>DDIM：无随机性，步数更少</translation>
    </message>
    <message>
        <source>DDPM: random, all T steps</source>
        <translation>DDPM：随机，全部 T 步</translation>
    </message>
    <message>
        <source>DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh noise at each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer steps are faster but blurrier. The same seed always starts from the same noise. A change draws new samples at once.</source>
        <translation>DDPM（Ho et al. 2020）倒着走过全部 T 步，每一步都加入一点新的噪声。DDIM（Song et al. 2021）不加噪声，因此可以跳过很多步：步数越少越快，但越模糊。相同的种子总是从相同的噪声开始。任何更改都会立即生成新样本。</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>steps </source>
        <translation>步数 </translation>
    </message>
    <message>
        <source>How many denoising steps DDIM takes from t = T to 0 (at most T).</source>
        <translation>DDIM 从 t = T 到 0 所走的去噪步数（最多 T）。</translation>
    </message>
    <message>
        <source>DDIM steps</source>
        <translation>DDIM 步数</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <source>The seed of the starting noise (and of DDPM&apos;s fresh noise). While training, new samples come from this same noise every few seconds: watch it turn into better samples as the model learns.</source>
        <translation>初始噪声（以及 DDPM 新加噪声）的种子。训练期间，每隔几秒就用这同一份噪声生成新样本：看着它随着模型的学习变成更好的样本。</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>采样种子</translation>
    </message>
    <message>
        <source>Next seed</source>
        <translation>下一个种子</translation>
    </message>
    <message>
        <source>Add one to the seed: new samples from fresh noise.</source>
        <translation>种子加一：从新的噪声生成新样本。</translation>
    </message>
    <message>
        <source>New samples come by themselves: at once when the sampler, its steps or the seed change, and while training every few seconds, but never taking more than {share} of the training time.</source>
        <translation>新样本会自动生成：采样器、其步数或种子改变时立即生成，训练期间每隔几秒生成一次，但所用时间绝不超过训练时间的 {share}。</translation>
    </message>
    <message>
        <source>paths so far</source>
        <translation>目前的路径</translation>
    </message>
    <message>
        <source>denoising direction</source>
        <translation>去噪方向</translation>
    </message>
    <message>
        <source>guess x̂_0</source>
        <translation>猜测 x̂_0</translation>
    </message>
    <message>
        <source>noise guess ε̂</source>
        <translation>噪声猜测 ε̂</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Back to frame 0: the pure noise the samples start from.</source>
        <translation>回到第 0 帧：样本起始的纯噪声。</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>One denoising step back: compare a frame with the one before it.</source>
        <translation>后退一个去噪步骤：把一帧与它的前一帧比较。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the denoising from the current frame to the end.</source>
        <translation>从当前帧播放去噪过程直到结束。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One denoising step forward.</source>
        <translation>前进一个去噪步骤。</translation>
    </message>
    <message>
        <source>Jump to the last frame: the finished samples.</source>
        <translation>跳到最后一帧：完成的样本。</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <source>play in </source>
        <translation>播放时长 </translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long Play takes from pure noise to the finished samples, whatever the number of steps: slower to talk the class through it, faster to see it whole.</source>
        <translation>“播放”从纯噪声到完成样本所用的时间，与步数无关：慢一些便于向全班讲解，快一些便于看清全貌。</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>播放时长</translation>
    </message>
    <message>
        <source>Drag through the frames of the reverse process, from noise (left) to samples (right).</source>
        <translation>拖动浏览反向过程的各帧，从噪声（左）到样本（右）。</translation>
    </message>
    <message>
        <source>Frame of the reverse process</source>
        <translation>反向过程的帧</translation>
    </message>
    <message>
        <source>{sampler}: denoising…</source>
        <translation>{sampler}：正在去噪…</translation>
    </message>
    <message>
        <source>new samples every {seconds} s while training</source>
        <translation>训练期间每 {seconds} 秒生成新样本</translation>
    </message>
    <message>
        <source>frame {frame} of {last} · t = {t} · {sampler} · seed {seed} · weights of step {step}</source>
        <translation>第 {frame}/{last} 帧 · t = {t} · {sampler} · 种子 {seed} · 第 {step} 步的权重</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型和数据</translation>
    </message>
    <message>
        <source>What the model learns to create. 2-D point clouds show the whole distribution at once; images show the samples. Open or drop a folder of your own images to add it.</source>
        <translation>模型学习生成的内容。二维点云一次显示整个分布；图像则显示样本。打开或拖入你自己的图像文件夹即可添加到这里。</translation>
    </message>
    <message>
        <source>How many numbers (weights) the network learns.</source>
        <translation>网络要学习多少个数（权重）。</translation>
    </message>
    <message>
        <source>The sizes this model was built with, &apos;auto&apos; settings filled in.</source>
        <translation>该模型构建时所用的尺寸，其中已填入“自动”设置的取值。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建参数</translation>
    </message>
    <message>
        <source>Put every setting above back to its default. The model keeps training with its own settings until you press New model.</source>
        <translation>把上面所有设置恢复为默认值。模型会继续按自己的设置训练，直到你按“新建模型”。</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} 个权重</translation>
    </message>
    <message>
        <source>width {width} · depth {depth} · batch {batch} · lr {rate}</source>
        <translation>宽度 {width} · 深度 {depth} · 批大小 {batch} · 学习率 {rate}</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the diffusion model made the others, each by denoising pure noise step by step. Click the ones you think are fake, then press Reveal.</source>
        <translation>这些图像中有一些是真实的训练图像；其余的是扩散模型生成的，每张都是从纯噪声出发一步步去噪得到的。点击你认为是假的图像，然后按“揭晓”。</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>真还是假？</translation>
    </message>
    <message>
        <source>The Diffusion lab learns from a folder of images: open a PNG or JPEG inside it, or drop the folder. {file} is neither.</source>
        <translation>扩散实验室从图像文件夹中学习：请打开其中的 PNG 或 JPEG 文件，或拖入该文件夹。{file} 两者都不是。</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the model with the reverse process&apos;s sampler and steps. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>给全班的小测验：16 张图像，有些是真实的，有些是模型用反向过程的采样器和步数生成的。全班挑出假图像；“揭晓”会显示真相和得分。</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>“真还是假？”需要图像：请选择一个图像数据集（手写数字、MNIST 等），并用它新建一个模型。</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>generator (G)</source>
        <translation>生成器（G）</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>判别器（D）</translation>
    </message>
    <message>
        <source>D(real): on real samples</source>
        <translation>D(真)：对真实样本</translation>
    </message>
    <message>
        <source>D(fake): on the fakes</source>
        <translation>D(假)：对假样本</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Each player&apos;s loss. D&apos;s loss is low when it tells real from fake; G&apos;s loss is low when it fools D. In a healthy run neither wins for good: the curves wobble around a balance instead of one diving to zero.</source>
        <translation>双方各自的损失。D 能区分真假时它的损失低；G 骗过 D 时它的损失低。在健康的训练中谁都不会彻底获胜：曲线围绕某个平衡点摆动，而不是其中一条一路降到零。</translation>
    </message>
    <message>
        <source>Losses of the generator and the discriminator</source>
        <translation>生成器和判别器的损失</translation>
    </message>
    <message>
        <source>Two curves over the training steps: the generator&apos;s loss and the discriminator&apos;s loss.</source>
        <translation>随训练步数变化的两条曲线：生成器的损失和判别器的损失。</translation>
    </message>
    <message>
        <source>What D says</source>
        <translation>D 怎么说</translation>
    </message>
    <message>
        <source>D&apos;s mean output</source>
        <translation>D 的平均输出</translation>
    </message>
    <message>
        <source>The discriminator&apos;s average verdict (1 = sure it is real, 0 = sure it is fake) on real samples and on the generator&apos;s fakes. When G is perfect D can only guess: both lines meet near 0.5 (the dashed line).</source>
        <translation>判别器对真实样本和生成器假样本的平均判定（1 = 确信是真的，0 = 确信是假的）。当 G 完美时，D 只能靠猜：两条线在 0.5 附近（虚线）相遇。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s verdicts</source>
        <translation>判别器的判定</translation>
    </message>
    <message>
        <source>Two curves over the training steps, from 0 (fake) to 1 (real): the discriminator&apos;s mean output on real samples and on the fakes, with a dashed line at 0.5.</source>
        <translation>随训练步数变化的两条曲线，从 0（假）到 1（真）：判别器在真实样本和假样本上的平均输出，0.5 处有一条虚线。</translation>
    </message>
    <message>
        <source>Fakes from fixed noise</source>
        <translation>固定噪声生成的假样本</translation>
    </message>
    <message>
        <source>What the generator makes from 36 noise vectors that never change, so you watch the same fakes sharpen.</source>
        <translation>生成器用 36 个从不改变的噪声向量生成的结果，你可以看着同样的假样本变得越来越清晰。</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>真实图像</translation>
    </message>
    <message>
        <source>Real training images, for comparison.</source>
        <translation>真实的训练图像，用于对比。</translation>
    </message>
    <message>
        <source>The first four fakes at earlier steps</source>
        <translation>前四个假样本在早期各步的样子</translation>
    </message>
    <message>
        <source>The first four fixed-noise fakes as the generator made them at step 0 and at recent steps (25, 50, 100, 200, ...).</source>
        <translation>前四个固定噪声假样本，分别是生成器在第 0 步和最近各步（25、50、100、200……）生成的样子。</translation>
    </message>
    <message>
        <source>Fakes</source>
        <translation>假样本</translation>
    </message>
    <message>
        <source>A grid of 36 images the generator made from fixed noise.</source>
        <translation>生成器用固定噪声生成的 36 张图像组成的网格。</translation>
    </message>
    <message>
        <source>A grid of 36 real training images.</source>
        <translation>36 张真实训练图像组成的网格。</translation>
    </message>
    <message>
        <source>Fakes at earlier steps</source>
        <translation>早期各步的假样本</translation>
    </message>
    <message>
        <source>The first four fakes at step 0 and at recent steps, left to right, each step captioned.</source>
        <translation>前四个假样本在第 0 步和最近各步的样子，从左到右排列，每一步都有标注。</translation>
    </message>
    <message>
        <source>Fakes from fixed noise (step {step})</source>
        <translation>固定噪声生成的假样本（第 {step} 步）</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>The same noise through the updated G</source>
        <translation>同样的噪声经过更新后的 G</translation>
    </message>
    <message>
        <source>This batch&apos;s fakes</source>
        <translation>这一批的假样本</translation>
    </message>
    <message>
        <source>Noise z: one row per fake (orange &lt; 0 &lt; blue)</source>
        <translation>噪声 z：每个假样本一行（橙 &lt; 0 &lt; 蓝）</translation>
    </message>
    <message>
        <source>Gradient: blue = brighten, orange = darken</source>
        <translation>梯度：蓝 = 变亮，橙 = 变暗</translation>
    </message>
    <message>
        <source>This batch&apos;s real images</source>
        <translation>这一批的真实图像</translation>
    </message>
    <message>
        <source>Real and fake points</source>
        <translation>真实点和假点</translation>
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
        <translation>蓝色：真实数据。红色：生成器的假样本（总是来自同样的噪声，所以你能看着它们移动）。背景是判别器对平面上每个位置的判定：蓝色表示它认为“真”，橙色表示“假”，白色表示它分辨不出。</translation>
    </message>
    <message>
        <source>A plane of 2-D points: the real data and the generator&apos;s fakes, over a heat map of the discriminator&apos;s verdict, from fake to real.</source>
        <translation>二维点的平面：真实数据和生成器的假样本，叠在判别器判定（从假到真）的热力图上。</translation>
    </message>
    <message>
        <source>D(x): 0 = fake, 1 = real</source>
        <translation>D(x)：0 = 假，1 = 真</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>真实数据</translation>
    </message>
    <message>
        <source>fakes G(z)</source>
        <translation>假样本 G(z)</translation>
    </message>
    <message>
        <source>mode centres</source>
        <translation>模式中心</translation>
    </message>
    <message>
        <source>where G&apos;s loss pushes fakes</source>
        <translation>G 的损失把假样本推向何处</translation>
    </message>
    <message>
        <source>G&apos;s warped noise grid</source>
        <translation>G 变形的噪声网格</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你画的点</translation>
    </message>
    <message>
        <source>Points you draw on the plane with the mouse (tick &apos;Draw your own points&apos;).</source>
        <translation>你用鼠标在平面上画出的点（勾选“自己画点”）。</translation>
    </message>
    <message>
        <source>A preset sets the options above to show a GAN&apos;s typical behaviour, then trains it.</source>
        <translation>预设会把上面的选项设置为展示 GAN 的典型行为，然后开始训练。</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型和数据</translation>
    </message>
    <message>
        <source>What the generator learns to imitate. Open or drop a folder of PNG/JPEG images to add it here.</source>
        <translation>生成器学习模仿的对象。打开或拖入一个 PNG/JPEG 图像文件夹即可添加到这里。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Fetch the training files once (10 MB for MNIST, 26 MB for Fashion-MNIST), check their SHA-256 checksums and keep them in your cache folder.</source>
        <translation>一次性下载训练文件（MNIST 10 MB，Fashion-MNIST 26 MB），校验其 SHA-256 校验和，并保存在你的缓存文件夹中。</translation>
    </message>
    <message>
        <source>How many numbers (weights) each network learns.</source>
        <translation>每个网络要学习多少个数（权重）。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Every setting back to its default for the chosen data set (the data set stays). The model that is training keeps its settings until you press New GAN.</source>
        <translation>把所有设置恢复为所选数据集的默认值（数据集不变）。正在训练的模型会保持其设置，直到你按“新建 GAN”。</translation>
    </message>
    <message>
        <source>New GAN</source>
        <translation>新建 GAN</translation>
    </message>
    <message>
        <source>Presets: failure on purpose</source>
        <translation>预设：故意失败</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>文件夹：{name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watch:&lt;/b&gt; {watch}</source>
        <translation>&lt;b&gt;观察：&lt;/b&gt;{watch}</translation>
    </message>
    <message>
        <source>Press Train (space) to start the duel.</source>
        <translation>按“训练”（空格键）开始对决。</translation>
    </message>
    <message>
        <source>1 D update</source>
        <translation>1 次 D 更新</translation>
    </message>
    <message>
        <source>{count} D updates</source>
        <translation>{count} 次 D 更新</translation>
    </message>
    <message>
        <source>1 G update</source>
        <translation>1 次 G 更新</translation>
    </message>
    <message>
        <source>{count} G updates</source>
        <translation>{count} 次 G 更新</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates}</source>
        <translation>第 {step} 步：{d_updates}，{g_updates}</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates} (by hand, outside the steps: {by_hand_d} D, {by_hand_g} G)</source>
        <translation>第 {step} 步：{d_updates}，{g_updates}（在训练步之外手动进行：{by_hand_d} 次 D，{by_hand_g} 次 G）</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the generator made the others. Click the ones you think are fake, then press Reveal: the class plays the discriminator.</source>
        <translation>这些图像中有一些是真实的训练图像；其余的是生成器生成的。点击你认为是假的图像，然后按“揭晓”：全班来扮演判别器。</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>梯度箭头</translation>
    </message>
    <message>
        <source>For 200 of the fakes: the direction the generator&apos;s loss pushes each one, i.e. the way it must move to look more real to D right now.</source>
        <translation>对其中 200 个假样本：生成器的损失推动每个样本的方向，即它此刻要在 D 看来更真实所必须移动的方向。</translation>
    </message>
    <message>
        <source>Warped grid</source>
        <translation>变形网格</translation>
    </message>
    <message>
        <source>A square grid of noise vectors (the first two noise numbers) sent through G: how the generator stretches and folds its noise onto the data.</source>
        <translation>一个由噪声向量（前两个噪声数）组成的正方形网格经过 G：展示生成器如何把噪声拉伸、折叠到数据上。</translation>
    </message>
    <message>
        <source>Draw your own points</source>
        <translation>自己画点</translation>
    </message>
    <message>
        <source>Click and drag on the plane to spray points; then press &apos;Train on my drawing&apos;.</source>
        <translation>在平面上点击并拖动来喷洒点；然后按“用我画的点训练”。</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>清除所画的点</translation>
    </message>
    <message>
        <source>Remove the points you drew.</source>
        <translation>删除你画的点。</translation>
    </message>
    <message>
        <source>Train on my drawing</source>
        <translation>用我画的点训练</translation>
    </message>
    <message>
        <source>Start a new GAN that learns to imitate the points you drew, and train it.</source>
        <translation>新建一个学习模仿你所画的点的 GAN，并开始训练。</translation>
    </message>
    <message>
        <source>Train D once</source>
        <translation>训练 D 一次</translation>
    </message>
    <message>
        <source>One discriminator update and nothing else: watch the heat map sharpen against the current fakes while they stay where they are.</source>
        <translation>只进行一次判别器更新，其他什么都不做：看着热力图针对当前假样本变得更清晰，而假样本原地不动。</translation>
    </message>
    <message>
        <source>Train G once</source>
        <translation>训练 G 一次</translation>
    </message>
    <message>
        <source>One generator update and nothing else: the fakes move along their arrows, towards where D currently says &apos;real&apos;.</source>
        <translation>只进行一次生成器更新，其他什么都不做：假样本沿着箭头移动，朝向 D 当前认为“真”的地方。</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>真还是假？</translation>
    </message>
    <message>
        <source>What the last single update did.</source>
        <translation>上一次单独更新的效果。</translation>
    </message>
    <message>
        <source>D(real), D(fake): the discriminator&apos;s average verdict on real and fake samples. For the Gaussian mixtures: how many modes the fakes cover, and the share of fakes within three standard deviations of a mode centre.</source>
        <translation>D(真)、D(假)：判别器对真实样本和假样本的平均判定。对于高斯混合：假样本覆盖了多少个模式，以及落在某个模式中心三个标准差以内的假样本占比。</translation>
    </message>
    <message>
        <source>What the lab sees going wrong, from the last 1,000 updates. Unstable: the losses jump about (learning rates too high). The discriminator has won: it tells real from fake so surely that G&apos;s loss stops moving. Mode collapse: the generator found a few outputs that fool D and makes only those.</source>
        <translation>实验室根据最近 1000 次更新发现的问题。不稳定：损失来回跳动（学习率太高）。判别器已经赢了：它区分真假如此确定，以至于 G 的损失不再变化。模式崩溃：生成器找到了少数几个能骗过 D 的输出，于是只生成这些。</translation>
    </message>
    <message>
        <source>One player at a time</source>
        <translation>一次只训练一方</translation>
    </message>
    <message>
        <source>D trained once: its loss {loss:.3f}, D(real) {real:.2f}, D(fake) {fake:.2f}.</source>
        <translation>D 训练了一次：损失 {loss:.3f}，D(真) {real:.2f}，D(假) {fake:.2f}。</translation>
    </message>
    <message>
        <source>G trained once: its loss {loss:.3f}.</source>
        <translation>G 训练了一次：损失 {loss:.3f}。</translation>
    </message>
    <message>
        <source>{file} was trained on data this lab cannot find: {error}</source>
        <translation>{file} 所用的训练数据在本实验室中找不到：{error}</translation>
    </message>
    <message>
        <source>{file} was trained on points drawn by hand, but the file does not hold them.</source>
        <translation>{file} 是用手绘的点训练的，但文件中没有保存这些点。</translation>
    </message>
    <message>
        <source>Folder: {name} ({count} images)</source>
        <translation>文件夹：{name}（{count} 张图像）</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the generator. The class picks the fakes; Reveal shows the truth, the score, and what the discriminator said about each one.</source>
        <translation>给全班的小测验：16 张图像，有些是真实的，有些是生成器生成的。全班挑出假图像；“揭晓”会显示真相、得分，以及判别器对每张图像的判断。</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>“真还是假？”需要图像：请选择一个图像数据集（手写数字、MNIST 等），并用它新建一个模型。</translation>
    </message>
    <message>
        <source>G {g} + D {d} weights</source>
        <translation>G {g} + D {d} 个权重</translation>
    </message>
    <message>
        <source>D(real) {real:.2f} · D(fake) {fake:.2f}</source>
        <translation>D(真) {real:.2f} · D(假) {fake:.2f}</translation>
    </message>
    <message>
        <source>modes covered: {covered} of {modes} · {near:.0%} of fakes near a mode</source>
        <translation>覆盖的模式：{covered}/{modes} · {near:.0%} 的假样本靠近某个模式</translation>
    </message>
    <message>
        <source>Train on my drawing ({count} points)</source>
        <translation>用我画的点训练（{count} 个点）</translation>
    </message>
    <message>
        <source>Press Slow-motion update to watch one update of the duel in slow motion.</source>
        <translation>按“慢动作更新”，以慢动作观看对决中的一次更新。</translation>
    </message>
    <message>
        <source>Slow motion: one update</source>
        <translation>慢动作：一次更新</translation>
    </message>
    <message>
        <source>Replays one real training update in its six sub-steps. Pause training first for the clearest picture.</source>
        <translation>把一次真实的训练更新分成六个子步骤重放。先暂停训练，画面最清楚。</translation>
    </message>
    <message>
        <source>Slow-motion update</source>
        <translation>慢动作更新</translation>
    </message>
    <message>
        <source>Do one real update (one D step, one G step) and replay it sub-step by sub-step on the picture.</source>
        <translation>进行一次真实的更新（一个 D 步，一个 G 步），并在画面上逐个子步骤重放。</translation>
    </message>
    <message>
        <source>Next sub-step ▶</source>
        <translation>下一子步骤 ▶</translation>
    </message>
    <message>
        <source>Go on to the next sub-step.</source>
        <translation>进入下一个子步骤。</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>回到实时</translation>
    </message>
    <message>
        <source>Leave the slow motion and show the live training again.</source>
        <translation>离开慢动作，重新显示实时训练。</translation>
    </message>
    <message>
        <source>Auto-play every</source>
        <translation>自动播放，间隔</translation>
    </message>
    <message>
        <source>Move on by itself after the pause on the right; untick to go on with Next.</source>
        <translation>在右侧设定的停顿之后自动继续；取消勾选则用“下一子步骤”继续。</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long each sub-step stays on screen in auto-play.</source>
        <translation>自动播放时每个子步骤在屏幕上停留多久。</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Every family on the same data at once, side by side: their samples, how each makes one, a results table measured live, and Is it a copy?</source>
        <translation>所有模型类别同时在相同数据上并排运行：它们的样本、各自如何生成一个样本、实时测量的结果表，以及“是副本吗？”</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>扩散</translation>
    </message>
    <message>
        <source>Diffusion: a network learns to remove noise a little at a time, then makes new data by denoising pure noise step by step.</source>
        <translation>扩散：网络学习每次去除一点噪声，然后从纯噪声出发一步步去噪，生成新数据。</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network: a generator learns to fool a discriminator that learns to tell its fakes from real data.</source>
        <translation>生成对抗网络：生成器学习骗过判别器，而判别器学习区分生成器的假样本与真实数据。</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open {file}.</source>
        <translation>{lab}实验室无法打开 {file}。</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open model files yet.</source>
        <translation>{lab}实验室暂时还不能打开模型文件。</translation>
    </message>
    <message>
        <source>This panel has no curves to save yet.</source>
        <translation>此面板还没有可保存的曲线。</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save this panel as a PNG image at {scale}x its size on screen, sharp on a slide.</source>
        <translation>将此面板保存为 PNG 图像，尺寸为屏幕上的 {scale} 倍，放在幻灯片上也清晰。</translation>
    </message>
    <message>
        <source>Save curves as CSV…</source>
        <translation>将曲线保存为 CSV…</translation>
    </message>
    <message>
        <source>Save the points of this panel&apos;s curves as a table (curve, step, value) for a spreadsheet.</source>
        <translation>把此面板曲线上的点保存为表格（曲线、步数、数值），供电子表格使用。</translation>
    </message>
    <message>
        <source>Record the timeline…</source>
        <translation>录制时间线…</translation>
    </message>
    <message>
        <source>Save this panel at every step the lab kept, as an animated GIF (or MP4) for a slide: how the model learnt.</source>
        <translation>把此面板在实验室保留的每一步的样子保存为 GIF 动画（或 MP4），放进幻灯片：展示模型是如何学会的。</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>录制时间线</translation>
    </message>
    <message>
        <source>Animations (*.gif *.mp4)</source>
        <translation>动画 (*.gif *.mp4)</translation>
    </message>
    <message>
        <source>Save the panel as a picture</source>
        <translation>将面板保存为图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save the curves as a table</source>
        <translation>将曲线保存为表格</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Autoregressive images: the Text lab&apos;s GPT draws an image one pixel at a time, as if writing a sentence.</source>
        <translation>自回归图像：文本实验室的 GPT 逐个像素地绘制图像，就像在写一个句子。</translation>
    </message>
    <message>
        <source>Text (GPT)</source>
        <translation>文本（GPT）</translation>
    </message>
    <message>
        <source>Autoregressive text: a tiny GPT learns to predict the next token.</source>
        <translation>自回归文本：一个微型 GPT 学习预测下一个词元。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>The steps this model kept while it trained: every step at first, then ever further apart. The blue line is the training loss at each; the red line is the quantity named beside it, measured at each kept step.</source>
        <translation>该模型在训练时保留的步：起初每一步都保留，之后间隔越来越大。蓝线是每个保留步的训练损失；红线是旁边标出的那个量，在每个保留步测得。</translation>
    </message>
    <message>
        <source>Drag back (or press the arrow keys) to see every picture of the lab as it was at that step; training goes on meanwhile. The right end (End key) is now.</source>
        <translation>向回拖动（或按方向键）可查看实验室中每张图在那一步时的样子；训练同时继续进行。最右端（End 键）表示现在。</translation>
    </message>
    <message>
        <source>One quantity measured at every kept step, drawn as the red line on the timeline: watch for the moment the model gets it. In the Text lab, probe a word to follow its probability.</source>
        <translation>在每个保留步测得的一个量，在时间线上画成红线：留意模型学会它的那一刻。在文本实验室中，探测一个词即可跟踪它的概率。</translation>
    </message>
    <message>
        <source>Which step the pictures show.</source>
        <translation>图片显示的是哪一步。</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>回到实时</translation>
    </message>
    <message>
        <source>Back to the model as it is now (End).</source>
        <translation>回到模型现在的状态（End）。</translation>
    </message>
    <message>
        <source>Train from here</source>
        <translation>从这里训练</translation>
    </message>
    <message>
        <source>Start training again from the step shown: what the model learnt after it is forgotten.</source>
        <translation>从所显示的这一步重新开始训练：模型在此之后学到的内容会被遗忘。</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past, while training goes on. Press End to go live.</source>
        <translation>图片显示的是第 {step:,} 步（共 {live:,} 步）：过去的状态，训练仍在继续。按 End 回到实时。</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past. Press End to go live.</source>
        <translation>图片显示的是第 {step:,} 步（共 {live:,} 步）：过去的状态。按 End 回到实时。</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Save the timeline as CSV…</source>
        <translation>将时间线保存为 CSV…</translation>
    </message>
    <message>
        <source>Save the timeline as a table</source>
        <translation>将时间线保存为表格</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 步/秒</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 步/秒</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 步/秒</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 步/秒</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 步/秒</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train (Space): repeat training steps until paused. Each step shows the model a small batch of examples, measures its error (the loss) and nudges every weight to make it smaller.</source>
        <translation>训练（空格键）：反复执行训练步，直到暂停。每一步给模型看一小批样本，衡量它的误差（损失），并微调每个权重使误差变小。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step (Right arrow): exactly one training step, then pause, so you can see what one update changes.</source>
        <translation>单步（右方向键）：恰好执行一个训练步，然后暂停，让你看清一次更新改变了什么。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset (Ctrl+R): throw the trained weights away and start again from random ones, with the current settings and seed.</source>
        <translation>重置（Ctrl+R）：丢弃训练好的权重，用当前设置和种子从随机权重重新开始。</translation>
    </message>
    <message>
        <source>Slow training down to watch the model change step by step.</source>
        <translation>放慢训练，以便一步步观察模型的变化。</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder: squeeze each example into a few numbers, decode it back, and walk the space of codes.</source>
        <translation>变分自编码器：把每个样本压缩成几个数，再解码回来，并在编码空间中漫游。</translation>
    </message>
    <message>
        <source>The model that is training was built with the earlier settings. A new model starts from random weights with the settings shown here.</source>
        <translation>正在训练的模型是用之前的设置构建的。新模型会用这里显示的设置从随机权重开始。</translation>
    </message>
    <message>
        <source>1 change: press {button} to apply</source>
        <translation>1 处更改：按“{button}”以应用</translation>
    </message>
    <message>
        <source>{count} changes: press {button} to apply</source>
        <translation>{count} 处更改：按“{button}”以应用</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <source>{new} with these settings</source>
        <translation>用这些设置{new}</translation>
    </message>
    <message>
        <source>Start again from random weights with the settings above (same as Reset).</source>
        <translation>用上面的设置从随机权重重新开始（与“重置”相同）。</translation>
    </message>
    <message>
        <source>Back to default settings</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>文件夹：{name}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation (held out)</source>
        <translation>验证（留出）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>loss (cross-entropy, nats)</source>
        <translation>损失（交叉熵，奈特）</translation>
    </message>
    <message>
        <source>{curve} (smoothed)</source>
        <translation>{curve}（平滑）</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>图像 {number}</translation>
    </message>
    <message>
        <source>Click if you think the model made this image; click again to take it back.</source>
        <translation>如果你认为这张图像是模型生成的，就点击它；再点击一次可以撤销。</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>假</translation>
    </message>
    <message>
        <source>REAL</source>
        <translation>真</translation>
    </message>
    <message>
        <source>fake?</source>
        <translation>假？</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ 找到了</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ 漏掉了</translation>
    </message>
    <message>
        <source>✗ not a fake</source>
        <translation>✗ 不是假的</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>D: {real:.2f} real</source>
        <translation>D：{real:.2f} 为真</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>真还是假？</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Show which images are fake, how many the class found, and what the model&apos;s own judge said.</source>
        <translation>显示哪些图像是假的、全班找到了几张，以及模型自己的裁判是怎么判断的。</translation>
    </message>
    <message>
        <source>Show which images are fake and how many the class found.</source>
        <translation>显示哪些图像是假的，以及全班找到了几张。</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>新一轮</translation>
    </message>
    <message>
        <source>Another 16 images, from the model as it is now (or at the step the timeline shows).</source>
        <translation>再来 16 张图像，来自模型现在的状态（或时间线所示那一步的状态）。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back to the lab&apos;s pictures.</source>
        <translation>回到实验室的图片。</translation>
    </message>
    <message>
        <source>You found {found} of {fakes} fakes.</source>
        <translation>你们找到了 {fakes} 张假图像中的 {found} 张。</translation>
    </message>
    <message>
        <source>No real image was taken for a fake.</source>
        <translation>没有真实图像被误认为假的。</translation>
    </message>
    <message>
        <source>1 real image was taken for a fake.</source>
        <translation>有 1 张真实图像被误认为假的。</translation>
    </message>
    <message>
        <source>{count} real images were taken for fakes.</source>
        <translation>有 {count} 张真实图像被误认为假的。</translation>
    </message>
    <message>
        <source>The class judged {right} of {total} images correctly.</source>
        <translation>全班判断对了 {total} 张图像中的 {right} 张。</translation>
    </message>
    <message>
        <source>The fakes came from the model at step {step}.</source>
        <translation>假图像来自第 {step} 步的模型。</translation>
    </message>
    <message>
        <source>The discriminator (step {step}) judged {right} of {total} correctly: it calls an image real above 0.5.</source>
        <translation>判别器（第 {step} 步）判断对了 {total} 张中的 {right} 张：它的输出高于 0.5 时就认为图像是真的。</translation>
    </message>
    <message>
        <source>The class beat the discriminator.</source>
        <translation>全班赢了判别器。</translation>
    </message>
    <message>
        <source>The discriminator beat the class.</source>
        <translation>判别器赢了全班。</translation>
    </message>
    <message>
        <source>The class and the discriminator tie.</source>
        <translation>全班和判别器打成平手。</translation>
    </message>
    <message>
        <source>Picked as fake: {count} of {total}. Press Reveal when the class has decided.</source>
        <translation>已选为假的：{total} 张中的 {count} 张。全班决定好后请按“揭晓”。</translation>
    </message>
    <message>
        <source>Double-click to enlarge this panel; Esc brings every panel back.</source>
        <translation>双击可放大此面板；按 Esc 恢复所有面板。</translation>
    </message>
    <message>
        <source>Saving the model and its timeline…</source>
        <translation>正在保存模型及其时间线…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drawing each kept step of the timeline…</source>
        <translation>正在绘制时间线上的每个保留步…</translation>
    </message>
    <message>
        <source>Writing the frames to {file}…</source>
        <translation>正在把各帧写入 {file}…</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written.</source>
        <translation>录制已取消：没有写入任何内容。</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>录制内容已保存到 {path}。</translation>
    </message>
    <message>
        <source>The recording failed.</source>
        <translation>录制失败。</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>The lesson&apos;s title.</source>
        <translation>课程标题。</translation>
    </message>
    <message>
        <source>Which step of the lesson this is. PageDown and PageUp (a presentation clicker&apos;s keys) go to the next and previous step.</source>
        <translation>这是课程的第几步。PageDown 和 PageUp（演示翻页笔的按键）分别前往下一步和上一步。</translation>
    </message>
    <message>
        <source>What the teacher wants the class to look at, or to predict, in this step.</source>
        <translation>老师希望全班在这一步观察或预测的内容。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous step of the lesson (PageUp).</source>
        <translation>课程的上一步（PageUp）。</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step of the lesson (PageDown).</source>
        <translation>课程的下一步（PageDown）。</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Close the lesson: every control it hid comes back; the labs keep its models.</source>
        <translation>关闭课程：它隐藏的所有控件都会恢复；各实验室保留课程中的模型。</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>The screen is blank: press any key to bring the lesson back.</source>
        <translation>屏幕已黑屏：按任意键恢复课程。</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>The settings column</source>
        <translation>设置栏</translation>
    </message>
    <message>
        <source>The Train, Step and Reset bar</source>
        <translation>“训练”“单步”“重置”按钮栏</translation>
    </message>
    <message>
        <source>The timeline slider</source>
        <translation>时间线滑块</translation>
    </message>
    <message>
        <source>The lab tabs</source>
        <translation>实验室标签页</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>For example: From noise to digits</source>
        <translation>例如：从噪声到手写数字</translation>
    </message>
    <message>
        <source>Hide from the class</source>
        <translation>对全班隐藏</translation>
    </message>
    <message>
        <source>Ticked controls stay hidden while the lesson is open, in presenter mode too, and come back when it is closed.</source>
        <translation>勾选的控件在课程打开期间保持隐藏（演示模式下也是如此），课程关闭后恢复。</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, as the class will see it:</source>
        <translation>课程标题（全班看到的样子）：</translation>
    </message>
    <message>
        <source>Train a model first: a lesson holds the labs&apos; trained models, and none has trained yet.</source>
        <translation>请先训练一个模型：课程保存的是各实验室训练好的模型，而目前还没有任何模型训练过。</translation>
    </message>
</context>
<context>
    <name>pixels</name>
    <message>
        <source>The image so far</source>
        <translation>目前的图像</translation>
    </message>
    <message>
        <source>The model draws the image one pixel at a time, row by row from the top left, each from its guess given every pixel before it. The framed pixel is the one it guesses now; the pale blue check marks pixels not drawn yet.</source>
        <translation>模型逐个像素地绘制图像，从左上角开始逐行进行，每个像素都根据它在给定之前所有像素时的猜测来绘制。带框的像素是它当前正在猜测的；浅蓝色棋盘格标出尚未绘制的像素。</translation>
    </message>
    <message>
        <source>The image being drawn pixel by pixel: the pixels drawn so far in grey, the ones still to come in a pale blue check, and a frame around the pixel the model guesses next.</source>
        <translation>正在逐像素绘制的图像：已绘制的像素为灰色，尚未绘制的为浅蓝色棋盘格，模型接下来要猜的像素周围有一个框。</translation>
    </message>
    <message>
        <source>Train the model to see its guess for the next pixel.</source>
        <translation>训练模型后即可看到它对下一个像素的猜测。</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the grey level of the next pixel, given every pixel drawn before it. Each bar stands on a swatch of its grey. Pale bars: the model&apos;s own probabilities; solid bars: after the temperature. Click a bar to force that grey for the next pixel.</source>
        <translation>在给定之前绘制的所有像素的情况下，模型对下一个像素灰度级的猜测。每根柱子立在其灰度的色块上。浅色柱：模型自身的概率；实色柱：应用温度之后。点击一根柱子可强制下一个像素取该灰度。</translation>
    </message>
    <message>
        <source>Next pixel: the model&apos;s probabilities</source>
        <translation>下一个像素：模型的概率</translation>
    </message>
    <message>
        <source>A bar chart with one bar per grey level, black on the left to the lightest on the right: how probable the model finds each grey for the next pixel, before and after the temperature.</source>
        <translation>每个灰度级一根柱子的柱状图，左边是黑色，右边是最浅的灰度：模型认为下一个像素取每种灰度的可能性，分别为应用温度之前和之后。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>after temperature</source>
        <translation>应用温度后</translation>
    </message>
    <message>
        <source>· grey level under each bar</source>
        <translation>· 每根柱子下方为灰度级</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型和数据</translation>
    </message>
    <message>
        <source>The images the model learns to draw, one pixel at a time. Open or drop a folder of images to add it here; colour images are read in grey.</source>
        <translation>模型学习逐像素绘制的图像。打开或拖入一个图像文件夹即可添加到这里；彩色图像以灰度读取。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns, and its vocabulary: one token per grey level, and one that starts every image.</source>
        <translation>模型要学习多少个数（权重），以及它的词表：每个灰度级一个词元，外加一个作为每张图像开头的词元。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>把上面所有设置恢复为默认值；然后按“新建模型”来构建。</translation>
    </message>
    <message>
        <source>Samples (seed 0)</source>
        <translation>样本（种子 0）</translation>
    </message>
    <message>
        <source>Images the model draws, pixel by pixel, from the same random numbers every time (seed 0): while it trains, watch the same samples turn from noise into digits.</source>
        <translation>模型每次都用同样的随机数（种子 0）逐像素绘制的图像：在训练期间，看着同样的样本从噪声变成数字。</translation>
    </message>
    <message>
        <source>A grid of images the model draws from the same random numbers every time.</source>
        <translation>模型每次都用同样的随机数绘制的图像网格。</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>guessing every grey equally</source>
        <translation>均匀猜测每种灰度</translation>
    </message>
    <message>
        <source>Loss (nats per pixel)</source>
        <translation>损失（奈特/像素）</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>奈特/像素</translation>
    </message>
    <message>
        <source>Cross-entropy: how surprised the model is by each true pixel of the training images, given the pixels before it, as the Text lab&apos;s loss is for the next token. The grey line is a model that gives every grey level the same probability: log(levels) nats, 2.83 for 17 levels.</source>
        <translation>交叉熵：在给定之前像素的情况下，模型对训练图像中每个真实像素有多“意外”，就像文本实验室的损失之于下一个词元。灰线表示一个给每个灰度级相同概率的模型：log(级数) 奈特，17 级时为 2.83。</translation>
    </message>
    <message>
        <source>A line chart of the training loss against the training step, beside the flat loss of guessing every grey level equally.</source>
        <translation>训练损失随训练步数变化的折线图，旁边是均匀猜测每个灰度级时的平坦损失。</translation>
    </message>
    <message>
        <source>Some of these images are real training images, in the model&apos;s grey levels; the model drew the others pixel by pixel. Click the ones you think are fake, then press Reveal.</source>
        <translation>这些图像中有一些是真实的训练图像（已换成模型的灰度级）；其余的是模型逐像素绘制的。点击你认为是假的图像，然后按“揭晓”。</translation>
    </message>
    <message>
        <source>Drawing pixel by pixel</source>
        <translation>逐像素绘制</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely grey levels get a chance.</source>
        <translation>在模型的分数变成概率之前先除以它：小于 1 时最可能的灰度更加突出；大于 1 时不太可能的灰度级也有机会。</translation>
    </message>
    <message>
        <source>The seed of the random numbers that pick each pixel&apos;s grey. The same seed, model and temperature draw the same image again; Undo then Step one pixel repeats a draw.</source>
        <translation>为每个像素挑选灰度的随机数的种子。相同的种子、模型和温度会再次画出相同的图像；先“撤销”再“画一个像素”可重复一次绘制。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long each drawn pixel stays framed, its bar highlighted, before it is added.</source>
        <translation>每个绘制的像素在加入之前保持框选、其柱子高亮的时长。</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>采样种子</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
    <message>
        <source>Step one pixel</source>
        <translation>画一个像素</translation>
    </message>
    <message>
        <source>Draw the framed pixel&apos;s grey from the solid bars and add it to the image.</source>
        <translation>按实色柱抽取带框像素的灰度，并把它加入图像。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remove the last pixel drawn.</source>
        <translation>删除最后绘制的像素。</translation>
    </message>
    <message>
        <source>Generate the rest</source>
        <translation>生成其余部分</translation>
    </message>
    <message>
        <source>Draw every pixel still missing, one at a time. While it draws, the button reads Stop.</source>
        <translation>逐个绘制所有尚缺的像素。绘制期间，按钮显示为“停止”。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every pixel and start a new image.</source>
        <translation>删除所有像素，开始一张新图像。</translation>
    </message>
    <message>
        <source>Half a real image</source>
        <translation>半张真实图像</translation>
    </message>
    <message>
        <source>Start again from the first half of a real training image, row by row, another one each time: the model draws the rest. Does it finish the picture the way the real one goes on?</source>
        <translation>从一张真实训练图像的前一半（逐行）重新开始，每次换一张：其余部分由模型绘制。它补全的图像和真实图像的后续一样吗？</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>真还是假？</translation>
    </message>
    <message>
        <source>Click a bar to force that grey for the framed pixel.</source>
        <translation>点击一根柱子可强制带框像素取该灰度。</translation>
    </message>
    <message>
        <source>{weights} weights · {levels} grey levels + 1 start token</source>
        <translation>{weights} 个权重 · {levels} 个灰度级 + 1 个起始词元</translation>
    </message>
    <message>
        <source>The Pixels lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>像素实验室从图像文件夹中学习：请拖入包含 {name} 的文件夹，而不是这个文件。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The image is complete: press Undo or Clear.</source>
        <translation>图像已完成：请按“撤销”或“清空”。</translation>
    </message>
    <message>
        <source>Waiting for the model&apos;s guess…</source>
        <translation>正在等待模型的猜测…</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): the model&apos;s guess</source>
        <translation>像素 {pixel}/{total}（第 {row} 行，第 {column} 列）：模型的猜测</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): you chose grey {grey}</source>
        <translation>像素 {pixel}/{total}（第 {row} 行，第 {column} 列）：你选择了灰度 {grey}</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): u = {u} drew grey {grey}</source>
        <translation>像素 {pixel}/{total}（第 {row} 行，第 {column} 列）：u = {u} 抽中灰度 {grey}</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some drawn by the model pixel by pixel at the temperature of the drawing. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>给全班的小测验：16 张图像，有些是真实的，有些是模型按绘制时的温度逐像素绘制的。全班挑出假图像；“揭晓”会显示真相和得分。</translation>
    </message>
    <message>
        <source>Real or fake? needs a model: press Reset to start one.</source>
        <translation>“真还是假？”需要一个模型：请按“重置”新建一个。</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>looks at (earlier token)</source>
        <translation>关注的（更早的）词元</translation>
    </message>
    <message>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Each row is a token of the context; its colours show how much of its attention goes to each earlier token (a row adds up to 1). Future tokens are masked: a model may not peek ahead.</source>
        <translation>每一行是上下文中的一个词元；颜色显示它的注意力有多少分配给每个更早的词元（每行之和为 1）。未来的词元被遮蔽：模型不能偷看后面。</translation>
    </message>
    <message>
        <source>Attention weights</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <source>A heat map with one row and one column per token of the context: how much each token attends to each earlier token, from 0 to 1.</source>
        <translation>热力图，上下文中每个词元各占一行一列：每个词元对每个更早词元的关注程度，从 0 到 1。</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <source>Which transformer block&apos;s attention to show.</source>
        <translation>显示哪个 Transformer 块的注意力。</translation>
    </message>
    <message>
        <source>Each head learns its own pattern of what to look at; the mean shows them together.</source>
        <translation>每个头学习自己的关注模式；平均值把它们合在一起显示。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number}/{total}</translation>
    </message>
    <message>
        <source>mean of heads</source>
        <translation>各头平均</translation>
    </message>
    <message>
        <source>Next token: the model&apos;s probabilities</source>
        <translation>下一个词元：模型的概率</translation>
    </message>
    <message>
        <source>Last draw: press Next token</source>
        <translation>上一次抽取：请按“下一个词元”</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>{filtered}  (model {raw})</source>
        <translation>{filtered}  （模型 {raw}）</translation>
    </message>
    <message>
        <source>Last draw: u = {u:.3f} fell in the stretch of &apos;{token}&apos;</source>
        <translation>上一次抽取：u = {u:.3f} 落在“{token}”的区间内</translation>
    </message>
    <message>
        <source>Greedy: &apos;{token}&apos;, the most probable token (no random number)</source>
        <translation>贪心：“{token}”，概率最高的词元（无随机数）</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, which the filters had removed (no stretch)</source>
        <translation>点击：“{token}”，它已被过滤器移除（没有区间）</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, {share} of the strip (no random number)</source>
        <translation>点击：“{token}”，占条带的 {share}（无随机数）</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the next token. Pale bars: the model&apos;s own probabilities. Solid bars: after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. Click a bar to force that token.</source>
        <translation>模型对下一个词元的猜测。浅色柱：模型自身的概率。实色柱：应用温度、top-k 和 top-p 并重新归一化之后的概率；灰色行已被过滤器移除。点击一根柱子可强制选择该词元。</translation>
    </message>
    <message>
        <source>Next-token probabilities</source>
        <translation>下一个词元的概率</translation>
    </message>
    <message>
        <source>Horizontal bars, most probable token first: the model&apos;s probability of each token and the probability after temperature, top-k and top-p.</source>
        <translation>水平柱状图，概率最高的词元在前：模型给每个词元的概率，以及应用温度、top-k 和 top-p 之后的概率。</translation>
    </message>
    <message>
        <source>Type a prompt to see what comes next.</source>
        <translation>输入提示词，看看接下来会是什么。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>after temperature / top-k / top-p</source>
        <translation>应用温度 / top-k / top-p 后</translation>
    </message>
    <message>
        <source>Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of [0, 1) as long as its probability. A random number u picks the token whose stretch it falls in.</source>
        <translation>采样：保留的词元首尾相接排列，概率最高的在前，于是每个词元在 [0, 1) 中占据一段与其概率等长的区间。随机数 u 落在哪个词元的区间里，就选中哪个词元。</translation>
    </message>
    <message>
        <source>Where the random number fell</source>
        <translation>随机数落在哪里</translation>
    </message>
    <message>
        <source>A strip from 0 to 1 cut into one stretch per kept token, as long as its probability, with a line at the random number u that picked the next token.</source>
        <translation>一条从 0 到 1 的条带，为每个保留的词元切出一段与其概率等长的区间，并在选中下一个词元的随机数 u 处画一条线。</translation>
    </message>
    <message>
        <source>Click a bar to force that token as the next one.</source>
        <translation>点击一根柱子可强制把该词元作为下一个词元。</translation>
    </message>
    <message>
        <source>(all others)</source>
        <translation>（其他全部）</translation>
    </message>
    <message>
        <source>Capitals of the world</source>
        <translation>世界各国首都</translation>
    </message>
    <message>
        <source>Capitals, a small text (over-fits)</source>
        <translation>首都（小文本，会过拟合）</translation>
    </message>
    <message>
        <source>Python code (from this computer)</source>
        <translation>Python 代码（来自本机）</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型和数据</translation>
    </message>
    <message>
        <source>The text the model learns from. Open or drop your own .txt file to add it here.</source>
        <translation>模型学习的文本。打开或拖入你自己的 .txt 文件即可添加到这里。</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns.</source>
        <translation>模型要学习多少个数（权重）。</translation>
    </message>
    <message>
        <source>Preset: overfitting</source>
        <translation>预设：过拟合</translation>
    </message>
    <message>
        <source>A small text and no dropout or weight decay, then a new model trains at once. Within a minute the held-out (validation) loss stops falling and rises while the training loss keeps falling: the model memorises its sentences instead of learning what makes new ones likely.</source>
        <translation>一段小文本，且不使用丢弃或权重衰减，然后立即训练一个新模型。不到一分钟，留出（验证）损失就停止下降并开始上升，而训练损失继续下降：模型在背诵它的句子，而不是学习什么让新句子更可能出现。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>把上面所有设置恢复为默认值；然后按“新建模型”来构建。</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>The text as the model sees it: one coloured box per token. Blue: your prompt; orange: tokens the model generated; red: a word the model never saw in training (it becomes &lt;unk&gt;).</source>
        <translation>模型眼中的文本：每个词元一个彩色方框。蓝色：你的提示词；橙色：模型生成的词元；红色：模型在训练中从未见过的词（它会变成 &lt;unk&gt;）。</translation>
    </message>
    <message>
        <source>Tokens of the text</source>
        <translation>文本的词元</translation>
    </message>
    <message>
        <source>Training went wrong: a learning rate that is too high makes each step overshoot, so the loss climbs instead of falling and the model ends up saying one word.</source>
        <translation>训练出了问题：学习率太高会让每一步都冲过头，于是损失不降反升，模型最后只会说一个词。</translation>
    </message>
    <message>
        <source>The text the model continues. Edit it and watch the probabilities change.</source>
        <translation>模型要续写的文本。编辑它，看看概率如何变化。</translation>
    </message>
    <message>
        <source>Type a prompt…</source>
        <translation>输入提示词…</translation>
    </message>
    <message>
        <source>Cross-entropy loss: how surprised the model is by the true next token. Training loss is measured on the batches it learns from; validation loss on text it never trains on. The dot marks the lowest validation loss so far: if it stays behind while training goes on, the model over-fits.</source>
        <translation>交叉熵损失：模型对真实的下一个词元有多“意外”。训练损失在它学习所用的批次上测量；验证损失在它从未训练过的文本上测量。圆点标出目前为止最低的验证损失：如果训练继续进行而它一直停在后面，模型就过拟合了。</translation>
    </message>
    <message>
        <source>Training and validation loss</source>
        <translation>训练损失与验证损失</translation>
    </message>
    <message>
        <source>Curves of the cross-entropy loss over the training steps, on the training batches and on held-out text, with a dot at the lowest held-out loss.</source>
        <translation>交叉熵损失随训练步数变化的曲线，分别在训练批次和留出文本上测量，最低留出损失处有一个圆点。</translation>
    </message>
    <message>
        <source>Sampling the next token</source>
        <translation>采样下一个词元</translation>
    </message>
    <message>
        <source>The seed of the random numbers u. The same seed, model and settings draw the same tokens again; Undo then Next token repeats a draw.</source>
        <translation>随机数 u 的种子。相同的种子、模型和设置会再次抽出相同的词元；先“撤销”再“下一个词元”可重复一次抽取。</translation>
    </message>
    <message>
        <source>How many of the most probable tokens get a bar.</source>
        <translation>为概率最高的多少个词元显示柱子。</translation>
    </message>
    <message>
        <source>How many tokens Generate adds, one at a time.</source>
        <translation>“生成”一次一个地添加多少个词元。</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long each drawn token stays highlighted before it is added to the text.</source>
        <translation>每个抽出的词元在加入文本之前保持高亮的时长。</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>采样种子</translation>
    </message>
    <message>
        <source>Bars shown</source>
        <translation>显示的柱数</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>下一个词元</translation>
    </message>
    <message>
        <source>Draw one token from the solid bars and add it to the text.</source>
        <translation>按实色柱抽取一个词元，并把它加入文本。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remove the last generated token.</source>
        <translation>删除最后生成的词元。</translation>
    </message>
    <message>
        <source>Add tokens one at a time, as many as set under Generate. While it generates, the button reads Stop.</source>
        <translation>一次一个地添加词元，数量为“生成”处设定的值。生成期间，按钮显示为“停止”。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every generated token and keep the prompt.</source>
        <translation>删除所有生成的词元，保留提示词。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>{weights} weights · {tokens} tokens in the vocabulary</source>
        <translation>{weights} 个权重 · 词表中有 {tokens} 个词元</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>best held-out: step {step}</source>
        <translation>最佳留出损失：第 {step} 步</translation>
    </message>
    <message>
        <source>Probe a word</source>
        <translation>探测一个词</translation>
    </message>
    <message>
        <source>Type any word and press Enter to see how probable the model finds it as the next token, and where it ranks among all the tokens it knows.</source>
        <translation>输入任意一个词并按 Enter，看看模型认为它作为下一个词元的概率有多大，以及它在模型认识的所有词元中排第几。</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has a character this model never saw: its vocabulary is {count} characters.</source>
        <translation>“{word}”含有这个模型从未见过的字符：它的词表只有 {count} 个字符。</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in this model&apos;s vocabulary of {count} tokens.</source>
        <translation>“{word}”不在这个模型的词表中（共 {count} 个词元）。</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is {pieces} tokens for this model. Its first, &apos;{token}&apos;, next: P = {share} · rank {rank} of {count}</source>
        <translation>“{word}”对这个模型来说是 {pieces} 个词元。它的第一个词元“{token}”作为下一个：P = {share} · 在 {count} 个中排第 {rank}</translation>
    </message>
    <message>
        <source>P(&apos;{token}&apos;) = {share} · rank {rank} of {count}</source>
        <translation>P(&apos;{token}&apos;) = {share} · 在 {count} 个中排第 {rank}</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>下一个是什么？</translation>
    </message>
    <message>
        <source>A quiz: the bars hide and four candidates appear, the model&apos;s three favourites and one from further down, shuffled. The class guesses which one the model finds most likely, then Reveal shows the bars. Try it on the untrained model, then on the trained one.</source>
        <translation>小测验：柱状图隐藏起来，出现四个候选词元——模型最看好的三个，加上一个排名更靠后的，顺序打乱。全班猜模型认为哪一个最可能，然后“揭晓”显示柱状图。先在未训练的模型上试试，再在训练好的模型上试试。</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Ask about the text as it is now. The sampling seed and the question&apos;s number pick and shuffle the candidates, so the same seed asks the same questions again.</source>
        <translation>针对现在的文本提问。采样种子和题号决定选哪些候选词元以及如何打乱，所以相同的种子会再次问出相同的问题。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Show the bars, with the class&apos;s guess marked.</source>
        <translation>显示柱状图，并标出全班的猜测。</translation>
    </message>
    <message>
        <source>Click the token the class guesses.</source>
        <translation>点击全班猜的词元。</translation>
    </message>
    <message>
        <source>Yes: &apos;{token}&apos; is the model&apos;s favourite, at {share}.</source>
        <translation>对了：“{token}”是模型的首选，概率为 {share}。</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is the model&apos;s choice number {rank}, at {share}. Its favourite is &apos;{best}&apos;, at {best_share}.</source>
        <translation>“{token}”是模型的第 {rank} 选择，概率为 {share}。它的首选是“{best}”，概率为 {best_share}。</translation>
    </message>
    <message>
        <source>Score: {right} of {asked} guesses were the model&apos;s favourite</source>
        <translation>得分：{asked} 次猜测中有 {right} 次猜中了模型的首选</translation>
    </message>
    <message>
        <source>Which one does the model find most likely next? Click the class&apos;s guess, then Reveal.</source>
        <translation>模型认为下一个最可能是哪一个？点击全班的猜测，然后按“揭晓”。</translation>
    </message>
</context>
<context>
    <name>vae</name>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>朱红色</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>天蓝色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>star</source>
        <translation>星形</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>加号</translation>
    </message>
    <message>
        <source>down triangle</source>
        <translation>倒三角形</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>叉形</translation>
    </message>
    <message>
        <source>hourglass</source>
        <translation>沙漏形</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>六边形</translation>
    </message>
    <message>
        <source>{colour} {marker}</source>
        <translation>{colour}{marker}</translation>
    </message>
    <message>
        <source>{name}: {looks}</source>
        <translation>{name}：{looks}</translation>
    </message>
    <message>
        <source>β weighs the KL term against the reconstruction. β = 1 is the true VAE (the evidence lower bound). Lower β: sharper reconstructions, but codes spread out and leave holes, so samples from the prior get worse (β = 0 is a plain autoencoder). Higher β: codes are pushed towards the prior N(0, I), the map gets smooth and tidy, and images get blurrier. Changes take effect at the next training step.</source>
        <translation>β 衡量 KL 项相对于重建项的权重。β = 1 是真正的 VAE（证据下界）。β 更低：重建更清晰，但编码分散开并留下空洞，因此从先验采样的结果变差（β = 0 就是普通自编码器）。β 更高：编码被推向先验 N(0, I)，地图变得平滑整齐，图像则更模糊。更改会在下一个训练步生效。</translation>
    </message>
    <message>
        <source>Click two examples on the latent map to walk from one to the other.</source>
        <translation>在潜空间地图上点击两个样本，从一个漫游到另一个。</translation>
    </message>
    <message>
        <source>While it trains</source>
        <translation>训练期间</translation>
    </message>
    <message>
        <source>β, the weight of the KL term</source>
        <translation>β，KL 项的权重</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β（KL 权重）</translation>
    </message>
    <message>
        <source>Sample from the prior</source>
        <translation>从先验采样</translation>
    </message>
    <message>
        <source>Draw random codes z from N(0, I), the distribution the KL term pulls the codes towards, and decode them: new images that are in no data set. Their codes appear on the map as black rings with a cross, larger than the examples&apos; markers.</source>
        <translation>从 N(0, I)（KL 项把编码拉向的分布）中抽取随机编码 z 并解码：得到不属于任何数据集的新图像。它们的编码在地图上显示为带叉的黑色圆环，比样本的标记更大。</translation>
    </message>
    <message>
        <source>Walk again</source>
        <translation>再次漫游</translation>
    </message>
    <message>
        <source>Decode evenly spaced codes on the straight line between the two picked examples&apos; codes, one step at a time, with the model as it is now.</source>
        <translation>用模型当前的状态，在所选两个样本编码之间的直线上逐步解码等间距的编码。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long each step of a walk is shown before the next one is decoded.</source>
        <translation>漫游中每一步显示多久后再解码下一步。</translation>
    </message>
    <message>
        <source>Walk pace</source>
        <translation>漫游节奏</translation>
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
        <translation>每个点是一个训练样本，画在其编码 q(z | x) 的均值处：编码器把一整张图像压缩成这两个数。相似的样本最终会靠得很近，而地图会随着 VAE 的学习重新组织。拖动红色靶标可以解码任意一点；点击两个点可以从一个样本漫游到另一个。当潜变量多于两个时，地图显示编码变化最大的两个方向（PCA）；百分比表示每个方向占了多少离散程度。</translation>
    </message>
    <message>
        <source>Latent map: each example&apos;s code</source>
        <translation>潜空间地图：每个样本的编码</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>潜空间地图</translation>
    </message>
    <message>
        <source>A scatter plot of every training example at its two-number code, with a marker of its class&apos;s colour and shape; a draggable target marks the code decoded in At the marker.</source>
        <translation>每个训练样本在其二维编码处的散点图，标记的颜色和形状代表其类别；一个可拖动的靶标标出在“标记处”中解码的编码。</translation>
    </message>
    <message>
        <source>decoded here</source>
        <translation>在此解码</translation>
    </message>
    <message>
        <source>training examples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <source>{tip}

Colour and marker show the class: {classes}.</source>
        <translation>{tip}

颜色和标记表示类别：{classes}。</translation>
    </message>
    <message>
        <source>prior samples</source>
        <translation>先验样本</translation>
    </message>
    <message>
        <source>PCA axis {number} of z ({share})</source>
        <translation>z 的 PCA 轴 {number}（{share}）</translation>
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
        <translation>重建</translation>
    </message>
    <message>
        <source>Grey: real points. Blue: what the VAE makes of each after squeezing it through the latent space (decoded from the mean code); a line joins each pair.</source>
        <translation>灰色：真实点。蓝色：每个点经过潜空间压缩后 VAE 的输出（从均值编码解码）；一条线连接每一对。</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Decoded manifold in data space</source>
        <translation>数据空间中的解码流形</translation>
    </message>
    <message>
        <source>Blue lines: an even grid over the latent map, decoded into the plane; where the lines bunch up the decoder packs many codes into little space. Grey: training points. Red: the decoding of the marker you drag. Orange: a walk between two examples. Green crosshairs: points decoded from codes drawn from the prior.</source>
        <translation>蓝线：潜空间地图上的均匀网格，解码到平面上；线条聚集处，解码器把许多编码挤进了很小的空间。灰色：训练点。红色：你拖动的标记的解码结果。橙色：两个样本之间的漫游。绿色十字：从先验抽取的编码解码出的点。</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>训练点</translation>
    </message>
    <message>
        <source>decoded latent grid</source>
        <translation>解码的潜空间网格</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>漫游</translation>
    </message>
    <message>
        <source>at the marker</source>
        <translation>标记处</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型和数据</translation>
    </message>
    <message>
        <source>What the VAE learns to compress. Open or drop a folder of images to add it here.</source>
        <translation>VAE 学习压缩的内容。打开或拖入一个图像文件夹即可添加到这里。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>How many numbers (weights) the encoder and decoder learn together.</source>
        <translation>编码器和解码器一共要学习多少个数（权重）。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Put every setting back to the one genviz starts with; β at once, the others when you press New model.</source>
        <translation>把所有设置恢复为 genviz 启动时的值；β 立即生效，其他设置在你按“新建模型”时生效。</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <source>total = reconstruction + β · KL</source>
        <translation>总计 = 重建 + β · KL</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>标记处</translation>
    </message>
    <message>
        <source>The decoder&apos;s image for the code under the red target: drag the target and watch it change.</source>
        <translation>解码器为红色靶标下的编码生成的图像：拖动靶标，看它如何变化。</translation>
    </message>
    <message>
        <source>Walk between two examples</source>
        <translation>两个样本之间的漫游</translation>
    </message>
    <message>
        <source>A and B are the real images you clicked; between them, the decodings of evenly spaced codes on the straight line from A&apos;s code to B&apos;s, revealed one step at a time.</source>
        <translation>A 和 B 是你点击的真实图像；它们之间是从 A 的编码到 B 的编码的直线上等间距编码的解码结果，逐步显示。</translation>
    </message>
    <message>
        <source>Top row: real images, always the same ones. Bottom row: what the VAE makes of each after squeezing it into its code and decoding it again (from the mean code, so the picture is steady).</source>
        <translation>上排：真实图像，始终是同样几张。下排：VAE 把每张图像压缩成编码再解码后的结果（从均值编码解码，所以画面稳定）。</translation>
    </message>
    <message>
        <source>Decoded manifold</source>
        <translation>解码流形</translation>
    </message>
    <message>
        <source>Images decoded from an even grid of codes over the dashed area of the latent map, placed where their codes are: the whole space the decoder has learned, at a glance.</source>
        <translation>从潜空间地图虚线区域上均匀网格的编码解码出的图像，放在各自编码的位置：一眼看遍解码器学到的整个空间。</translation>
    </message>
    <message>
        <source>Samples from the prior</source>
        <translation>来自先验的样本</translation>
    </message>
    <message>
        <source>Images decoded from random codes drawn from N(0, I). They are in no data set: press Sample from the prior.</source>
        <translation>从 N(0, I) 中抽取的随机编码解码出的图像。它们不属于任何数据集：请按“从先验采样”。</translation>
    </message>
    <message>
        <source>Loss (nats per example)</source>
        <translation>损失（奈特/样本）</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>奈特/样本</translation>
    </message>
    <message>
        <source>Reconstruction: how badly the decoded example matches the real one (−log p(x | z)). KL divergence: how far the codes q(z | x) are from the prior N(0, I), in nats. The VAE minimises their sum with the KL weighted by β: the negative evidence lower bound (ELBO) when β = 1.</source>
        <translation>重建：解码出的样本与真实样本的不匹配程度（−log p(x | z)）。KL 散度：编码 q(z | x) 与先验 N(0, I) 相差多远，单位为奈特。VAE 最小化二者之和，其中 KL 以 β 加权：当 β = 1 时即负的证据下界（ELBO）。</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the VAE&apos;s decoder made the others from random codes drawn from the prior. Click the ones you think are fake, then press Reveal.</source>
        <translation>这些图像中有一些是真实的训练图像；其余的是 VAE 的解码器用从先验中抽取的随机编码生成的。点击你认为是假的图像，然后按“揭晓”。</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>真还是假？</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Curves of the reconstruction loss, the KL divergence and their total over the training steps.</source>
        <translation>重建损失、KL 散度及其总和随训练步数变化的曲线。</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} 个权重</translation>
    </message>
    <message>
        <source>The VAE lab learns from a folder of images: drop the folder that holds {file}, not the file.</source>
        <translation>VAE 实验室从图像文件夹中学习：请拖入包含 {file} 的文件夹，而不是这个文件。</translation>
    </message>
    <message>
        <source>A: {example}. Now click a second example.</source>
        <translation>A：{example}。现在点击第二个样本。</translation>
    </message>
    <message>
        <source>A: {a}
B: {b}
Click two examples on the map to walk between others.</source>
        <translation>A：{a}
B：{b}
在地图上点击两个样本，可在另外两个样本之间漫游。</translation>
    </message>
    <message>
        <source>example #{index}</source>
        <translation>样本 #{index}</translation>
    </message>
    <message>
        <source>example #{index} ({label})</source>
        <translation>样本 #{index}（{label}）</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>解码结果</translation>
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
        <translation>给全班的小测验：16 张图像，有些是真实的，有些是由从先验中抽取的随机编码解码而来的。全班挑出假图像；“揭晓”会显示真相和得分。</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>“真还是假？”需要图像：请选择一个图像数据集（手写数字、MNIST 等），并用它新建一个模型。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>隐藏此消息。</translation>
    </message>
    <message>
        <source>genviz: watch generative models learn</source>
        <translation>genviz：观看生成模型如何学习</translation>
    </message>
    <message>
        <source>Train from here?</source>
        <translation>从这里训练？</translation>
    </message>
    <message>
        <source>Training from step {step:,} forgets the {later:,} steps the model learnt after it. Train from here?</source>
        <translation>从第 {step:,} 步开始训练，会遗忘模型在此之后学到的 {later:,} 步。要从这里训练吗？</translation>
    </message>
    <message>
        <source>{file} holds a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} 保存的是{lab}实验室的模型，而本应用没有该实验室。</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”: PageDown for the next step, F5 to present.</source>
        <translation>已打开课程“{title}”：按 PageDown 进入下一步，按 F5 开始演示。</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>课程已保存到 {path}</translation>
    </message>
    <message>
        <source>{file} is a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} 是{lab}实验室的模型，而本应用没有该实验室。</translation>
    </message>
    <message>
        <source>starting the model engine…</source>
        <translation>正在启动模型引擎…</translation>
    </message>
    <message>
        <source>How many training steps (weight updates) the model has taken.</source>
        <translation>模型已进行的训练步数（权重更新次数）。</translation>
    </message>
    <message>
        <source>The training loss of the last step: how wrong the model was. Lower is better.</source>
        <translation>上一步的训练损失：模型错得有多厉害。越低越好。</translation>
    </message>
    <message>
        <source>Training steps per second on this machine.</source>
        <translation>本机每秒的训练步数。</translation>
    </message>
    <message>
        <source>Where the model runs: a GPU when there is one, else the CPU.</source>
        <translation>模型运行的位置：有 GPU 时用 GPU，否则用 CPU。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>打开数据文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a file for the current lab (a .txt corpus in the Text lab).</source>
        <translation>为当前实验室打开一个文件（在文本实验室中为 .txt 语料）。</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Open a model saved by any lab (File &gt; Save model or genviz train).</source>
        <translation>打开任意实验室保存的模型（文件 &gt; 保存模型，或 genviz train）。</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a lesson ({suffix}): its labs with their trained models and its script of steps, with nothing to train.</source>
        <translation>打开一个课程（{suffix}）：包含各实验室及其训练好的模型和分步脚本，无需训练。</translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation>保存课程(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the labs&apos; trained models, what each shows and one step per lab as a lesson to open in class.</source>
        <translation>把各实验室训练好的模型、各自显示的内容以及每个实验室的一个步骤保存为课程，以便在课堂上打开。</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Save s&amp;creenshot…</source>
        <translation>保存截图(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Settings column</source>
        <translation>设置栏</translation>
    </message>
    <message>
        <source>Hide the settings to give the pictures the room (Ctrl+B).</source>
        <translation>隐藏设置，把空间留给图片（Ctrl+B）。</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>For the projector: full screen, larger text, no settings, the lesson&apos;s caption at the top. PageDown/PageUp or Right/Left move through the lesson, B blanks the screen, Esc leaves.</source>
        <translation>用于投影仪：全屏、大字体、隐藏设置，课程说明显示在顶部。PageDown/PageUp 或右/左方向键浏览课程，B 黑屏，Esc 退出。</translation>
    </message>
    <message>
        <source>Projector colours</source>
        <translation>投影仪配色</translation>
    </message>
    <message>
        <source>A dark background, light text, thick lines and large markers: readable on a washed-out projector.</source>
        <translation>深色背景、浅色文字、粗线条和大标记：在褪色的投影仪上也清晰可读。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>genviz speaks the new language when it opens next.</source>
        <translation>genviz 下次打开时将使用新语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>genviz could not start again: close it and open it yourself to see the new language.</source>
        <translation>genviz 无法重新启动：请关闭它并自行打开，以查看新语言。</translation>
    </message>
    <message>
        <source>step —</source>
        <translation>第 — 步</translation>
    </message>
    <message>
        <source>loss —</source>
        <translation>损失 —</translation>
    </message>
    <message>
        <source>— steps/s</source>
        <translation>— 步/秒</translation>
    </message>
    <message>
        <source>step {step:,}</source>
        <translation>第 {step:,} 步</translation>
    </message>
    <message>
        <source>loss {loss:.3f}</source>
        <translation>损失 {loss:.3f}</translation>
    </message>
    <message>
        <source>{speed:.0f} steps/s</source>
        <translation>{speed:.0f} 步/秒</translation>
    </message>
    <message>
        <source>running on {device}</source>
        <translation>运行于 {device}</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Esc or a double-click brings every panel back.</source>
        <translation>按 Esc 或双击可恢复所有面板。</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Open a trained model</source>
        <translation>打开训练好的模型</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>模型已保存到 {path}</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>genviz lessons (*{suffix})</source>
        <translation>genviz 课程 (*{suffix})</translation>
    </message>
    <message>
        <source>genviz models (*{suffix})</source>
        <translation>genviz 模型 (*{suffix})</translation>
    </message>
</context>
</TS>
